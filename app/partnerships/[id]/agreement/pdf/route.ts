import { reportRefusedPartnership, requirePartnershipViewer } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { slugify } from "@/lib/partnerships/agreement/document-format";
import { getAgreement } from "@/lib/partnerships/agreement/get-agreement";
import { renderAgreementPdf } from "@/lib/partnerships/agreement/render-agreement-pdf";
import { downloadResponse, notFoundResponse } from "../../../download-response";

type Context = { params: Promise<{ id: string }> };

/** The agreement as a PDF, for both partners and staff; 404 for a partnership the viewer may not see, or one without an agreement. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const viewer = await requirePartnershipViewer();
  const { id } = await params;
  try {
    const view = await getAgreement(db, viewer, { partnershipId: id });
    const bytes = await renderAgreementPdf(view, await getRequestLocale());
    if (!bytes) return notFoundResponse();
    return downloadResponse(bytes, "application/pdf", `accordo-${slugify(view.partnership.title)}.pdf`);
  } catch (error) {
    if (error instanceof NotFoundError) {
      await reportRefusedPartnership(viewer, id);
      return notFoundResponse();
    }
    throw error;
  }
}
