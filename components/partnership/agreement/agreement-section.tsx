import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { buildAgreementDocument } from "@/lib/partnerships/agreement/agreement-document";
import { formatDateTime } from "@/lib/partnerships/agreement/document-format";
import { readAgreementView } from "@/lib/partnerships/agreement/get-agreement";
import type { SectionProps } from "../section-props";
import { AcceptAgreementForm } from "./accept-agreement-form";
import { AcceptanceHistory } from "./acceptance-history";
import { AgreementEditForm } from "./agreement-edit-form";
import { AgreementPreview } from "./agreement-preview";
import { CreateAgreementForm } from "./create-agreement-form";

/** The "agreement" tab: create from the template, read it as a document, accept it, edit it, see who accepted what. */
export async function AgreementSection({ access, locale, t }: SectionProps) {
  const a = t.agreement;
  const view = await readAgreementView(db, access);
  const { agreement, partnership } = view;
  const texts = { agreement: a, partnership: t.partnership, forms: t.forms };

  if (!agreement) {
    return (
      <section aria-labelledby="agreement-title" className="space-y-4">
        <h2 id="agreement-title" className="text-2xl font-bold">{a.title}</h2>
        <p className="max-w-3xl text-muted">{a.lead}</p>
        <EmptyState>{access.closed ? a.closedEmpty : a.empty}</EmptyState>
        {access.closed ? null : <CreateAgreementForm partnershipId={partnership.id} t={texts} />}
      </section>
    );
  }

  const nameOf = (side: "COMPANY" | "NONPROFIT") => (side === "COMPANY" ? partnership.company.name : partnership.nonprofit.name);
  const accepted = (["COMPANY", "NONPROFIT"] as const).filter((side) => view.current[side] !== null);
  const status =
    accepted.length === 2
      ? a.status.both
      : accepted.length === 1 && accepted[0]
        ? format(a.status.one, { organization: nameOf(accepted[0]), other: nameOf(accepted[0] === "COMPANY" ? "NONPROFIT" : "COMPANY") })
        : a.status.none;
  const document = buildAgreementDocument(view, locale);
  const mySide = access.side;

  return (
    <section aria-labelledby="agreement-title" className="space-y-6">
      <div className="space-y-2">
        <h2 id="agreement-title" className="text-2xl font-bold">{a.title}</h2>
        <p className="max-w-3xl text-muted">{a.lead}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={view.signedByBoth ? "success" : "primary"}>{format(a.revision, { revision: agreement.revision })}</Badge>
        <span className="text-muted">{format(a.lastUpdated, { date: formatDateTime(agreement.updatedAt, locale) })}</span>
        <a href={`/partnerships/${partnership.id}/agreement/pdf`} download className={buttonStyles.secondary}>
          {a.downloadPdf}
        </a>
      </div>
      <Notice tone={view.signedByBoth ? "success" : "info"}>{status}</Notice>
      {access.closed ? <Notice tone="info">{a.closedNote}</Notice> : null}

      {document ? <AgreementPreview document={document} title={a.previewTitle} /> : null}

      {!access.closed && mySide ? (
        view.current[mySide] ? (
          <Notice tone="success">{format(a.accept.done, { organization: nameOf(mySide), revision: agreement.revision })}</Notice>
        ) : (
          <AcceptAgreementForm
            key={agreement.revision}
            partnershipId={partnership.id}
            revision={agreement.revision}
            side={mySide}
            organizationName={nameOf(mySide)}
            t={texts}
          />
        )
      ) : null}
      {!access.closed && access.isStaff && !view.signedByBoth ? <p className="text-muted">{a.accept.staffNote}</p> : null}

      {access.closed ? null : (
        <AgreementEditForm
          partnershipId={partnership.id}
          agreement={{
            revision: agreement.revision,
            objectives: agreement.objectives,
            startsOn: agreement.startsOn,
            endsOn: agreement.endsOn,
            responsibilities: agreement.responsibilities,
            communicationRules: agreement.communicationRules,
            logoUse: agreement.logoUse,
            indicatorsText: agreement.indicatorsText,
            dataProtection: agreement.dataProtection,
            termination: agreement.termination,
          }}
          acceptedBy={accepted.map(nameOf)}
          t={texts}
        />
      )}

      <AcceptanceHistory
        acceptances={view.acceptances.map((acceptance) => ({ ...acceptance, organization: nameOf(acceptance.side) }))}
        locale={locale}
        t={a.history}
      />
    </section>
  );
}
