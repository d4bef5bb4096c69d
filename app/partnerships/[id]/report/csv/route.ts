import { reportRefusedPartnership, requirePartnershipViewer } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { slugify } from "@/lib/partnerships/agreement/document-format";
import { buildReportCsv } from "@/lib/partnerships/report/build-report-csv";
import { getImpactReport } from "@/lib/partnerships/report/get-impact-report";
import { downloadResponse, notFoundResponse } from "../../../download-response";

type Context = { params: Promise<{ id: string }> };

/** The impact report's data as CSV for Italian Excel (columns: lib/partnerships/report/build-report-csv.ts). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const viewer = await requirePartnershipViewer();
  const { id } = await params;
  try {
    const report = await getImpactReport(db, viewer, { partnershipId: id });
    const csv = buildReportCsv(report, await getRequestLocale());
    return downloadResponse(csv, "text/csv; charset=utf-8", `rapporto-impatto-${slugify(report.partnership.title)}.csv`);
  } catch (error) {
    if (error instanceof NotFoundError) {
      await reportRefusedPartnership(viewer, id);
      return notFoundResponse();
    }
    throw error;
  }
}
