import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { visibleDocuments } from "./document-visibility";
import { documentStorage } from "./document-storage";

/**
 * A document's bytes for download. Another organisation's partnership, a staff-only
 * document asked for by a partner and a document of another partnership are all "not
 * found", alike.
 */
export async function getDocumentFile(db: Database, viewer: PartnershipViewer, input: { partnershipId: string; documentId: string }) {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  if (!isPlausibleId(input.documentId)) throw new NotFoundError("Document not found.");
  const document = await db.partnershipDocument.findFirst({
    where: { id: input.documentId, ...visibleDocuments(access) },
    select: { filename: true, contentType: true, storageKey: true },
  });
  if (!document) throw new NotFoundError("Document not found.");
  const bytes = await documentStorage.get(db, document.storageKey);
  if (!bytes) throw new NotFoundError("Document content not found.");
  return { filename: document.filename, contentType: document.contentType, bytes };
}
