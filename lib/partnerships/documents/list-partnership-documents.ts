import type { Database } from "@/lib/db/client";
import { DOCUMENT_QUOTA_BYTES } from "@/lib/config/server-config";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { visibleDocuments } from "./document-visibility";
import { STORY_PHOTO_TYPES } from "./story-photos";

/** The documents area of a partnership, newest first, without any file's bytes. */
export async function listPartnershipDocuments(db: Database, viewer: PartnershipViewer, partnershipId: string) {
  const access = await requirePartnershipAccess(db, viewer, partnershipId);
  const [rows, used] = await Promise.all([
    db.partnershipDocument.findMany({
      where: visibleDocuments(access),
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        kind: true,
        description: true,
        phase: true,
        filename: true,
        contentType: true,
        sizeBytes: true,
        staffOnly: true,
        inStory: true,
        uploaderSide: true,
        createdAt: true,
        uploadedById: true,
        uploadedBy: { select: { name: true } },
      },
    }),
    db.partnershipDocument.aggregate({ where: { partnershipId: access.partnershipId }, _sum: { sizeBytes: true } }),
  ]);
  // The story stays editable after completion (requireWritableAccess, allowCompleted).
  const storyEditable = !access.closed || access.phase === "COMPLETED";
  const documents = rows.map(({ uploadedById, uploadedBy, ...row }) => ({
    ...row,
    uploaderName: uploadedBy?.name ?? null,
    canDelete: access.isStaff || uploadedById === viewer.userId,
    canBeInStory: row.kind === "PHOTO" && !row.staffOnly && STORY_PHOTO_TYPES.includes(row.contentType) && storyEditable,
  }));
  return { documents, usedBytes: used._sum.sizeBytes ?? 0, quotaBytes: DOCUMENT_QUOTA_BYTES, canUpload: !access.closed || access.isStaff, isStaff: access.isStaff };
}

export type PartnershipDocuments = Awaited<ReturnType<typeof listPartnershipDocuments>>;
