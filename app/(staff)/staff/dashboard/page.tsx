import type { Metadata } from "next";
import { CausesTable } from "@/components/dashboard/causes-table";
import { ContributionsTable, IndicatorsSummary } from "@/components/dashboard/contributions-table";
import { PhaseCounts, PhaseDurations } from "@/components/dashboard/phase-tables";
import { SummaryFigures } from "@/components/dashboard/summary-figures";
import { ApprovalsTable, InterestsTable } from "@/components/dashboard/waiting-tables";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.dashboard.title };
}

export default async function DashboardPage() {
  const staff = await requireStaff();
  const [{ locale, t }, dashboard] = await Promise.all([getRequestMessages(), getDashboard(db, staff)]);
  const d = t.dashboard;
  const generatedAt = new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" }).format(dashboard.generatedAt);
  return (
    <>
      <PageHeader title={d.title} lead={d.lead}>
        <div className="flex flex-col items-start gap-1">
          {/* A plain link, not next/link: the answer is a file to download, not a page. */}
          <a href="/staff/dashboard/export" download className={buttonStyles.secondary} aria-describedby="export-hint">
            {d.exportCsv}
          </a>
          <p id="export-hint" className="max-w-xs text-sm text-muted">{d.exportHint}</p>
        </div>
      </PageHeader>
      <p className="mb-6 text-sm text-muted">{format(d.generatedAt, { date: generatedAt })}</p>
      <SummaryFigures dashboard={dashboard} locale={locale} t={d} />
      <div className="grid gap-6 lg:grid-cols-2">
        <PhaseCounts dashboard={dashboard} locale={locale} t={d} phases={t.phases} />
        <PhaseDurations dashboard={dashboard} locale={locale} t={d} phases={t.phases} />
        <ContributionsTable dashboard={dashboard} locale={locale} t={d} />
        <IndicatorsSummary dashboard={dashboard} locale={locale} t={d} />
        <CausesTable dashboard={dashboard} locale={locale} t={d} />
        <InterestsTable dashboard={dashboard} locale={locale} t={t} />
        <ApprovalsTable dashboard={dashboard} locale={locale} t={t} />
      </div>
    </>
  );
}
