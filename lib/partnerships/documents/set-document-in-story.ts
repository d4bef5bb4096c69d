import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { requireWritableAccess } from "../programme/require-writable-access";
import { MAX_STORY_PHOTOS, STORY_PHOTO_TYPES } from "./story-photos";

export const setDocumentInStorySchema = z.object({
  partnershipId: z.string().min(1, "required"),
  documentId: z.string().min(1, "required"),
  inStory: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type SetDocumentInStoryInput = z.output<typeof setDocumentInStorySchema>;

/**
 * Attaches a photo of the documents to the joint public story, or takes it off. What the
 * landing page shows changes with it, so both parties approve the story again: their
 * approvals are cleared, as an edit of the text clears them.
 */
export async function setDocumentInStory(db: Database, viewer: PartnershipViewer, input: SetDocumentInStoryInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, input.partnershipId, { allowCompleted: true });
    if (!isPlausibleId(input.documentId)) throw new NotFoundError("Document not found.");
    await tx.$executeRaw`SELECT 1 FROM "Partnership" WHERE "id" = ${access.partnershipId} FOR UPDATE`;
    const document = await tx.partnershipDocument.findFirst({
      where: { id: input.documentId, partnershipId: access.partnershipId, staffOnly: false },
      select: { id: true, kind: true, contentType: true, inStory: true, filename: true },
    });
    if (!document) throw new NotFoundError("Document not found.");
    if (document.inStory === input.inStory) return;
    if (input.inStory) {
      if (document.kind !== "PHOTO" || !STORY_PHOTO_TYPES.includes(document.contentType)) throw new ValidationError("notAStoryPhoto");
      const attached = await tx.partnershipDocument.count({ where: { partnershipId: access.partnershipId, inStory: true } });
      if (attached >= MAX_STORY_PHOTOS) throw new ValidationError("tooManyStoryPhotos");
    }
    await tx.partnershipDocument.update({ where: { id: document.id }, data: { inStory: input.inStory } });
    await tx.partnership.update({ where: { id: access.partnershipId }, data: { storyApprovedByCompanyAt: null, storyApprovedByNonprofitAt: null } });
    await touchPartnership(tx, access.partnershipId);
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: input.inStory ? "partnership.story.photo-added" : "partnership.story.photo-removed",
      targetType: "Partnership",
      targetId: access.partnershipId,
      after: { documentId: document.id, filename: document.filename },
    });
  });
}
