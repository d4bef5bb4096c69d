import type { Metadata } from "next";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { Badge } from "@/components/ui/badge";
import Link from "next/link";
import { StatusNotice } from "@/components/questionnaire/status-notice";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listOrganizationPartnerships } from "@/lib/partnerships/list-organization-partnerships";
import { getQuestionnaire } from "@/lib/profiles/questionnaire/get-questionnaire";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.workspace.title };
}

export default async function WorkspacePage() {
  const partner = await requirePartner();
  const [{ locale, t }, partnerships, questionnaire] = await Promise.all([
    getRequestMessages(),
    listOrganizationPartnerships(db, partner),
    getQuestionnaire(db, partner),
  ]);
  const { organization } = partner;
  return (
    <>
      <PageHeader title={organization.name} lead={`${t.organizationKinds[organization.kind]} · ${organization.comune}`}>
        <Badge tone={organization.status === "ACTIVE" ? "success" : "warning"}>
          {t.organizationStatuses[organization.status]}
        </Badge>
      </PageHeader>
      <NextStep />
      <p className="mb-8">
        <Link href="/workspace/contacts" className="font-semibold text-primary-dark underline">{t.workspace.contactsLink}</Link>
      </p>
      <section aria-labelledby="partnerships-title">
        <h2 id="partnerships-title" className="mb-4 text-2xl font-bold">{t.workspace.partnershipsTitle}</h2>
        {partnerships.length === 0 ? (
          <EmptyState>{t.workspace.partnershipsEmpty}</EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {partnerships.map((partnership) => (
              <li key={partnership.id} className="rounded-lg border border-line bg-white p-5">
                <h3 className="text-lg font-bold"><Link href={`/workspace/partnerships/${partnership.id}`}>{partnership.title}</Link></h3>
                <p className="mt-1 text-muted">{partnership.commonGoal}</p>
                <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-semibold">{t.workspace.partner}</dt>
                  <dd>{partnership.partner.name} · {partnership.partner.comune}</dd>
                  <dt className="font-semibold">{t.workspace.phase}</dt>
                  <dd>{t.phases[partnership.phase]}</dd>
                  <dt className="font-semibold">{t.workspace.since}</dt>
                  <dd>{formatDate(partnership.phaseEnteredAt, locale)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      <SignOutEverywhereForm t={t} />
    </>
  );

  /** What the partner should do next: complete the questionnaire, wait for review, fix it, or nothing. */
  function NextStep() {
    const q = t.questionnaire;
    const submitted = questionnaire.submittedAt !== null;
    const waitingForPartner = !submitted || organization.status === "CHANGES_REQUESTED";
    return (
      <section aria-labelledby="next-step-title" className="mb-10 rounded-lg border border-line bg-white p-5">
        <h2 id="next-step-title" className="text-2xl font-bold">{submitted ? q.home.reviewTitle : q.home.completeTitle}</h2>
        {submitted ? null : (
          <>
            <p className="mt-2 text-muted">{q.home.completeText}</p>
            <p className="mt-4 font-semibold" id="home-progress">
              {format(q.home.progress, { done: Math.min(questionnaire.savedStep, 4), total: 4 })}
            </p>
            <progress className="mt-2 h-3 w-full max-w-md overflow-hidden rounded [&::-moz-progress-bar]:bg-primary [&::-webkit-progress-bar]:bg-line [&::-webkit-progress-value]:bg-primary" max={4} value={Math.min(questionnaire.savedStep, 4)} aria-labelledby="home-progress" />
          </>
        )}
        <div className="mt-4">
          <StatusNotice status={organization.status} submittedAt={questionnaire.submittedAt} reviewNote={questionnaire.organization.reviewNote} locale={locale} t={q} />
        </div>
        <p className="mt-4">
          <Link href="/workspace/profile" className={waitingForPartner ? buttonStyles.primary : buttonStyles.secondary}>
            {!submitted
              ? questionnaire.savedStep === 0 ? q.home.start : format(q.home.resume, { step: questionnaire.resumeStep })
              : organization.status === "CHANGES_REQUESTED" ? q.home.fix : q.home.open}
          </Link>
        </p>
      </section>
    );
  }
}
