import { createHash, randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { DOCUMENT_QUOTA_BYTES, MAX_DOCUMENT_BYTES } from "@/lib/config/server-config";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { DOCUMENTS_PER_USER, enforceWriteLimits } from "@/lib/rate-limit/write-limits";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { cleanFilename, extensionOf } from "./clean-filename";
import type { UploadDocumentInput } from "./document-schemas";
import { documentStorage } from "./document-storage";
import { sniffDocumentType } from "./sniff-document-type";

export type UploadedFile = { name: string; bytes: Uint8Array };

/**
 * Keeps a file with a partnership: a partner of either party or staff (staff may keep it
 * from the partners). The size, the type (from the bytes) and the partnership's quota are
 * checked before anything is written; the row, its bytes and the audit entry commit together.
 */
export async function uploadPartnershipDocument(db: Database, viewer: PartnershipViewer, input: UploadDocumentInput & { file: UploadedFile }) {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  if (access.closed && !access.isStaff) throw new ValidationError("closed");
  if (input.staffOnly && !access.isStaff) throw new ValidationError("staffOnlyForStaff", "staffOnly");
  const { bytes } = input.file;
  if (bytes.byteLength === 0) throw new ValidationError("fileEmpty", "file");
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw new ValidationError("fileTooLarge", "file");
  const type = await sniffDocumentType(bytes, input.file.name);
  if (!type) throw new ValidationError("fileTypeNotAllowed", "file");
  await enforceWriteLimits(db, [{ key: `documents:user:${viewer.userId}`, window: DOCUMENTS_PER_USER }]);

  const named = cleanFilename(input.file.name);
  const filename = extensionOf(named) === type.extension ? named : `${named}.${type.extension}`;
  return db.$transaction(async (tx) => {
    // One upload at a time per partnership, so two at once cannot both fit the last of the quota.
    await tx.$executeRaw`SELECT 1 FROM "Partnership" WHERE "id" = ${access.partnershipId} FOR UPDATE`;
    const used = await tx.partnershipDocument.aggregate({ where: { partnershipId: access.partnershipId }, _sum: { sizeBytes: true } });
    if ((used._sum.sizeBytes ?? 0) + bytes.byteLength > DOCUMENT_QUOTA_BYTES) throw new ValidationError("quotaExceeded", "file");
    const storageKey = `documents/${access.partnershipId}/${randomUUID()}`;
    await documentStorage.put(tx, storageKey, bytes);
    const document = await tx.partnershipDocument.create({
      data: {
        partnershipId: access.partnershipId,
        kind: input.kind,
        description: input.description || null,
        phase: access.phase,
        filename,
        contentType: type.contentType,
        sizeBytes: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        staffOnly: input.staffOnly,
        uploadedById: viewer.userId,
        uploaderSide: access.side,
        storageKey,
      },
      select: { id: true, filename: true, contentType: true, sizeBytes: true },
    });
    await touchPartnership(tx, access.partnershipId);
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "document.upload",
      targetType: "Partnership",
      targetId: access.partnershipId,
      after: { documentId: document.id, filename, kind: input.kind, sizeBytes: bytes.byteLength, staffOnly: input.staffOnly },
    });
    return document;
  });
}
