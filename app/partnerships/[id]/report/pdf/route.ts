import { reportRefusedPartnership, requirePartnershipViewer } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { slugify } from "@/lib/partnerships/agreement/document-format";
import { getImpactReport } from "@/lib/partnerships/report/get-impact-report";
import { renderReportPdf } from "@/lib/partnerships/report/render-report-pdf";
import { downloadResponse, notFoundResponse } from "../../../download-response";

type Context = { params: Promise<{ id: string }> };

/** The impact report as a PDF, in every phase, for both partners and staff. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const viewer = await requirePartnershipViewer();
  const { id } = await params;
  try {
    const report = await getImpactReport(db, viewer, { partnershipId: id });
    const bytes = await renderReportPdf(report, await getRequestLocale());
    return downloadResponse(bytes, "application/pdf", `rapporto-impatto-${slugify(report.partnership.title)}.pdf`);
  } catch (error) {
    if (error instanceof NotFoundError) {
      await reportRefusedPartnership(viewer, id);
      return notFoundResponse();
    }
    throw error;
  }
}
