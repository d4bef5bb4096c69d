import { downloadResponse } from "@/app/partnerships/download-response";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { getProgrammeReport } from "@/lib/partnerships/report/get-programme-report";
import { renderProgrammeReportPdf } from "@/lib/partnerships/report/render-programme-report-pdf";
import { readReportYear } from "../read-year";

/** The programme report of `?year=` as PDF. Staff only: the guard answers 401 to visitors, 403 to partners. */
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaff();
  const year = readReportYear(new URL(request.url).searchParams.get("year"));
  if (year === undefined) return Response.json({ error: "invalid_year" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const [{ locale, t }, report] = await Promise.all([getRequestMessages(), getProgrammeReport(db, staff, { year })]);
  return downloadResponse(await renderProgrammeReportPdf(report, locale), "application/pdf", `${t.programmeReport.fileName}-${year}.pdf`);
}
