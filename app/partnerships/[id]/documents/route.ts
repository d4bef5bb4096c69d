import { revalidatePath } from "next/cache";
import { fieldErrorsOf } from "@/lib/actions/field-errors-of";
import { findUnsafeText } from "@/lib/actions/find-unsafe-text";
import { requirePartnershipViewer } from "@/lib/auth/guards";
import { MAX_DOCUMENT_BYTES } from "@/lib/config/server-config";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { readSameOriginForm } from "@/lib/http/read-same-origin-form";
import { requirePartnershipAccess } from "@/lib/partnerships/access/require-partnership-access";
import { uploadDocumentSchema } from "@/lib/partnerships/documents/document-schemas";
import { uploadPartnershipDocument } from "@/lib/partnerships/documents/upload-partnership-document";
import { notFoundResponse } from "@/app/partnerships/download-response";

type Context = { params: Promise<{ id: string }> };

// Room for the other fields and the multipart boundaries around a file of the largest size.
const MAX_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

const answer = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/**
 * Adds a document to a partnership (multipart: file, kind, description, staffOnly). Access
 * to the partnership first (404 to anyone else, before the body is read), then a same-origin
 * form of at most 10 MB plus its fields, then the service, which checks the bytes.
 * Answers 201 { id }, or 4xx { error, fieldErrors } with nothing written.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const viewer = await requirePartnershipViewer();
  const { id } = await params;
  try {
    await requirePartnershipAccess(db, viewer, id);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
  const body = await readSameOriginForm(request, MAX_REQUEST_BYTES);
  if (!body.ok) return body.response;
  const file = body.form.get("file");
  if (!(file instanceof File)) return answer(400, { error: "formHasErrors", fieldErrors: { file: "fileRequired" } });
  const fields = { partnershipId: id, kind: body.form.get("kind") ?? undefined, description: body.form.get("description") ?? undefined, staffOnly: body.form.get("staffOnly") ?? undefined };
  const unsafe = findUnsafeText(fields);
  if (unsafe !== null) return answer(400, { error: "invalidCharacters", fieldErrors: { [unsafe]: "invalidCharacters" } });
  const parsed = uploadDocumentSchema.safeParse(fields);
  if (!parsed.success) return answer(400, { error: "formHasErrors", fieldErrors: fieldErrorsOf(parsed.error) });
  try {
    const document = await uploadPartnershipDocument(db, viewer, { ...parsed.data, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
    revalidatePath("/workspace/partnerships/[id]", "page");
    revalidatePath("/staff/partnerships/[id]", "page");
    return answer(201, { id: document.id });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    if (error instanceof ValidationError) {
      const status = error.message === "fileTooLarge" ? 413 : 400;
      return answer(status, error.field ? { error: "formHasErrors", fieldErrors: { [error.field]: error.message } } : { error: error.message });
    }
    if (error instanceof ForbiddenError) return answer(403, { error: "forbidden" });
    if (error instanceof RateLimitedError) return answer(429, { error: "rateLimited" }, { "Retry-After": String(error.retryAfterSeconds ?? 60) });
    throw error;
  }
}
