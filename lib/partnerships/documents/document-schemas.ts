import { z } from "zod";

export const DOCUMENT_KINDS = ["AGREEMENT_SCAN", "PHOTO", "INVOICE", "REPORT", "OTHER"] as const;
export type DocumentKindCode = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_DESCRIPTION_MAX_LENGTH = 500;

/** A checkbox posts "on" (or "true" from code); absent means no. */
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/**
 * What describes an upload, besides the file itself (whose size and type are checked on
 * its bytes by the service, never from what the browser declared).
 */
export const uploadDocumentSchema = z.object({
  partnershipId: z.string().min(1, "required"),
  kind: z.enum(DOCUMENT_KINDS, { error: "chooseKind" }),
  description: z.string().trim().max(DOCUMENT_DESCRIPTION_MAX_LENGTH, "textTooLong").optional().default(""),
  staffOnly: checkbox.optional().default(false),
});
export type UploadDocumentInput = z.output<typeof uploadDocumentSchema>;

export const deleteDocumentSchema = z.object({
  partnershipId: z.string().min(1, "required"),
  documentId: z.string().min(1, "required"),
});
export type DeleteDocumentInput = z.output<typeof deleteDocumentSchema>;
