import { requirePartnershipViewer } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getDocumentFile } from "@/lib/partnerships/documents/get-document-file";
import { attachmentResponse, notFoundResponse } from "@/app/partnerships/download-response";

type Context = { params: Promise<{ id: string; documentId: string }> };

/** A partnership's document, always as a download (never shown inline), to whoever may see it; 404 to anyone else. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const viewer = await requirePartnershipViewer();
  const { id, documentId } = await params;
  try {
    const file = await getDocumentFile(db, viewer, { partnershipId: id, documentId });
    return attachmentResponse(file.bytes, file.contentType, file.filename);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}
