import { requireStaff } from "@/lib/auth/guards";
import { dashboardCsv, dashboardCsvFileName } from "@/lib/dashboard/dashboard-csv";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";

/** The dashboard's figures as a CSV file for spreadsheets. Staff only. */
export async function GET(): Promise<Response> {
  // The guard answers 401 to visitors and 403 to partners.
  const staff = await requireStaff();
  const now = new Date();
  const [{ locale }, dashboard] = await Promise.all([getRequestMessages(), getDashboard(db, staff, now)]);
  return new Response(dashboardCsv(dashboard, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${dashboardCsvFileName(now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
