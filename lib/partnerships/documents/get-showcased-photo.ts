import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import { documentStorage } from "./document-storage";
import { STORY_PHOTO_TYPES } from "./story-photos";

/**
 * A photo of a published story, for anyone (the landing page): only while it is attached to
 * a story both parties approved. Any other document id is not found, whoever asks.
 */
export async function getShowcasedPhoto(db: Database, documentId: string) {
  if (!isPlausibleId(documentId)) throw new NotFoundError("Photo not found.");
  const photo = await db.partnershipDocument.findFirst({
    where: {
      id: documentId,
      kind: "PHOTO",
      inStory: true,
      staffOnly: false,
      contentType: { in: STORY_PHOTO_TYPES },
      partnership: { publicStory: { not: null }, storyApprovedByCompanyAt: { not: null }, storyApprovedByNonprofitAt: { not: null } },
    },
    select: { contentType: true, storageKey: true },
  });
  if (!photo) throw new NotFoundError("Photo not found.");
  const bytes = await documentStorage.get(db, photo.storageKey);
  if (!bytes) throw new NotFoundError("Photo not found.");
  return { contentType: photo.contentType, bytes };
}
