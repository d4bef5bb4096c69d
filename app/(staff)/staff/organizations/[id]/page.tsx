import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffClosurePanel } from "@/components/account/staff-closure-panel";
import { ProfileAnswers } from "@/components/questionnaire/profile-answers";
import { DecisionForm } from "@/components/review/decision-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getOrganizationClosure } from "@/lib/account/get-organization-closure";
import { describeAuditAction } from "@/lib/audit/describe-audit-action";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { getOrganizationForReview } from "@/lib/organizations/get-organization-for-review";
import { decideOrganizationAction } from "../actions";

type ReviewPageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ outcome?: string }> };

async function load(id: string) {
  const staff = await requireStaff();
  const { locale } = await getRequestMessages();
  try {
    return await getOrganizationForReview(db, staff, { organizationId: id, locale });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: ReviewPageProps): Promise<Metadata> {
  const { t } = await getRequestMessages();
  const { id } = await params;
  const organization = await load(id);
  return { title: `${organization.name} · ${t.review.title}` };
}

const OUTCOMES = ["approved", "changes-requested", "rejected"] as const;

export default async function OrganizationReviewPage({ params, searchParams }: ReviewPageProps) {
  const staff = await requireStaff();
  const [{ id }, { outcome }, { locale, t }] = await Promise.all([params, searchParams, getRequestMessages()]);
  const organization = await load(id);
  const closure = await getOrganizationClosure(db, staff, { organizationId: organization.id });
  const r = t.review;
  const decidable = organization.status === "PENDING" || organization.status === "CHANGES_REQUESTED";
  const submitted = organization.profile?.submittedAt ?? null;
  const contact = (value: string | null) => value ?? <span className="text-muted">{r.none}</span>;

  return (
    <>
      <p className="mb-4"><Link href="/staff/organizations" className="text-primary underline underline-offset-4">← {r.backToQueue}</Link></p>
      <PageHeader title={organization.name} lead={`${t.organizationKinds[organization.kind]} · ${organization.comune}`}>
        <Badge tone={organization.status === "ACTIVE" ? "success" : organization.status === "PENDING" ? "warning" : "neutral"}>{t.organizationStatuses[organization.status]}</Badge>
      </PageHeader>
      {(OUTCOMES as readonly string[]).includes(outcome ?? "") ? (
        <div className="mb-6"><Notice tone="success">{r.outcomes[outcome as (typeof OUTCOMES)[number]]}</Notice></div>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          <section aria-labelledby="answers-title">
            <h2 id="answers-title" className="mb-4 text-2xl font-bold">{r.answers}</h2>
            {organization.profile ? (
              <>
                {organization.profile.unreadableFields.length > 0 ? (
                  <div className="mb-4" data-profile-unreadable="true">
                    <Notice tone="error">{format(r.unreadable, { fields: organization.profile.unreadableFields.map((field) => fieldLabel(t.questionnaire, field)).join(", ") })}</Notice>
                  </div>
                ) : organization.profile.complete ? null : <div className="mb-4"><Notice tone="warning">{r.incomplete}</Notice></div>}
                <ProfileAnswers answers={organization.profile.answers} comune={organization.comune} t={t.questionnaire} />
              </>
            ) : (
              <EmptyState>{r.noProfile}</EmptyState>
            )}
          </section>
          <section aria-labelledby="history-title">
            <h2 id="history-title" className="mb-4 text-2xl font-bold">{r.history}</h2>
            {organization.history.length === 0 ? (
              <EmptyState>{r.historyEmpty}</EmptyState>
            ) : (
              <ol className="space-y-3">
                {organization.history.map((entry) => (
                  <li key={entry.id} className="rounded-md border border-line bg-white p-3">
                    <p><span className="font-semibold">{describeAuditAction(entry.action, entry.actorName, t.auditActions)}</span> · {formatDate(entry.createdAt, locale)}</p>
                    {entry.note ? <p className="mt-1 whitespace-pre-line text-muted">{entry.note}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <aside className="space-y-8">
          <StaffClosurePanel organizationId={organization.id} closure={closure} t={t} locale={locale} />
          {decidable ? (
            <div className="rounded-lg border-2 border-primary bg-white p-5">
              {submitted ? null : <div className="mb-4"><Notice tone="info">{r.notSubmittedYet}</Notice></div>}
              <DecisionForm
                organizationId={organization.id}
                canApprove={submitted !== null}
                action={decideOrganizationAction}
                texts={{ decision: r.decision, decisionHint: r.decisionHint, message: r.message, approve: r.approve, requestChanges: r.requestChanges, reject: r.reject, errors: { ...r.errors, invalid: r.outcomes.invalid, notDecidable: r.notDecidable } }}
                forms={t.forms}
              />
            </div>
          ) : (
            <Notice tone="info">{r.notDecidable}</Notice>
          )}
          <section aria-labelledby="contacts-title" className="rounded-lg border border-line bg-white p-5">
            <h2 id="contacts-title" className="text-xl font-bold">{r.contacts}</h2>
            <dl className="mt-3 space-y-2">
              <div><dt className="font-semibold">{r.contactName}</dt><dd>{contact(organization.contactName)}</dd></div>
              <div><dt className="font-semibold">{r.contactEmail}</dt><dd className="break-all">{contact(organization.contactEmail)}</dd></div>
              <div><dt className="font-semibold">{r.contactPhone}</dt><dd>{contact(organization.contactPhone)}</dd></div>
              <div><dt className="font-semibold">{r.website}</dt><dd className="break-all">{contact(organization.website)}</dd></div>
              <div><dt className="font-semibold">{r.taxCode}</dt><dd>{contact(organization.taxCode)}</dd></div>
              {organization.externalId ? <div><dt className="font-semibold">{r.externalId}</dt><dd>{organization.externalId}</dd></div> : null}
              <div><dt className="font-semibold">{r.createdAt}</dt><dd>{formatDate(organization.createdAt, locale)}</dd></div>
              <div><dt className="font-semibold">{r.submittedAt}</dt><dd>{submitted ? formatDate(submitted, locale) : r.none}</dd></div>
            </dl>
          </section>
          <section aria-labelledby="members-title" className="rounded-lg border border-line bg-white p-5">
            <h2 id="members-title" className="text-xl font-bold">{r.members}</h2>
            {organization.members.length === 0 ? (
              <p className="mt-2 text-muted">{r.membersEmpty}</p>
            ) : (
              <ul className="mt-3 space-y-2">
                {organization.members.map((member) => (
                  <li key={member.id}><span className="font-semibold">{member.name}</span> <span className="text-sm text-muted">({member.role === "OWNER" ? r.owner : r.member})</span><span className="block break-all text-sm">{member.email}</span></li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}

/** A stored field's label ("rangeKm" → "Raggio d'azione"); a key the questionnaire does not know, as it is. */
function fieldLabel(t: Messages["questionnaire"], field: string): string {
  return Object.hasOwn(t.fields, field) ? t.fields[field as keyof Messages["questionnaire"]["fields"]] : field;
}
