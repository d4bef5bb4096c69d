import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { DeleteDocumentInput } from "./document-schemas";
import { visibleDocuments } from "./document-visibility";
import { documentStorage } from "./document-storage";

/** Removes a document and its bytes: by the person who uploaded it, or by staff. The history keeps its name. */
export async function deletePartnershipDocument(db: Database, viewer: PartnershipViewer, input: DeleteDocumentInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (!isPlausibleId(input.documentId)) throw new NotFoundError("Document not found.");
    const document = await tx.partnershipDocument.findFirst({
      where: { id: input.documentId, ...visibleDocuments(access) },
      select: { id: true, filename: true, kind: true, storageKey: true, uploadedById: true },
    });
    if (!document) throw new NotFoundError("Document not found.");
    if (!access.isStaff && document.uploadedById !== viewer.userId) throw new ForbiddenError("onlyUploaderDeletes");
    await tx.partnershipDocument.delete({ where: { id: document.id } });
    await documentStorage.remove(tx, document.storageKey);
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "document.delete",
      targetType: "Partnership",
      targetId: access.partnershipId,
      before: { documentId: document.id, filename: document.filename, kind: document.kind },
    });
  });
}
