import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { PartnershipAccess } from "@/lib/partnerships/access/partnership-viewer";
import type { PartnershipOverview } from "@/lib/partnerships/overview/get-partnership-overview";
import { AgreementSection } from "./agreement/agreement-section";
import { ChecklistSection } from "./checklist/checklist-section";
import { CalendarLinks } from "./calendar/calendar-links";
import { ClosingSection } from "./closing/closing-section";
import { DocumentsSection } from "./documents/documents-section";
import { EndRequestSection } from "./end-request/end-request-section";
import { CommunicationSection } from "./communication/communication-section";
import { HistorySection } from "./history/history-section";
import { MessagesSection } from "./messages/messages-section";
import { MonitoringSection } from "./monitoring/monitoring-section";
import { PendingCheckIn } from "./monitoring/pending-check-in";
import { NegotiationSection } from "./negotiation/negotiation-section";
import { PartnershipHeader } from "./partnership-header";
import { PartnershipTabNav } from "./partnership-tab-nav";
import type { PartnershipTab } from "./partnership-tabs";
import { PhaseStepper } from "./phase-stepper";
import { ProgrammeSection } from "./programme/programme-section";
import { ReportSection } from "./report/report-section";

type Props = { overview: PartnershipOverview; access: PartnershipAccess; tab: PartnershipTab; t: Messages; locale: Locale; basePath: string };

/** The partnership page, the same for both partners and for staff; each section decides what its viewer may do. */
export function PartnershipView({ overview, access, tab, t, locale, basePath }: Props) {
  const section = { access, t, locale, basePath };
  return (
    <>
      <PartnershipHeader overview={overview} access={access} t={t} locale={locale} basePath={basePath} />
      <PhaseStepper phase={overview.phase} t={t} />
      <PartnershipTabNav basePath={basePath} current={tab} isStaff={access.isStaff} t={t} />
      <div className="space-y-10">
        {tab === "overview" ? (
          <>
            <PendingCheckIn {...section} />
            <ChecklistSection {...section} />
            <ClosingSection {...section} />
            <EndRequestSection {...section} />
            <CalendarLinks {...section} />
          </>
        ) : null}
        {tab === "negotiation" ? <NegotiationSection {...section} /> : null}
        {tab === "agreement" ? <AgreementSection {...section} /> : null}
        {tab === "programme" ? <ProgrammeSection {...section} /> : null}
        {tab === "communication" ? <CommunicationSection {...section} /> : null}
        {tab === "monitoring" ? (
          <>
            <MonitoringSection {...section} />
            <ReportSection {...section} />
          </>
        ) : null}
        {tab === "documents" ? <DocumentsSection {...section} /> : null}
        {tab === "messages" ? <MessagesSection {...section} /> : null}
        {tab === "history" && access.isStaff ? <HistorySection {...section} /> : null}
      </div>
    </>
  );
}
