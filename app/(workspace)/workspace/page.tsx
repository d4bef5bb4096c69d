import type { Metadata } from "next";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listOrganizationPartnerships } from "@/lib/partnerships/list-organization-partnerships";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.workspace.title };
}

export default async function WorkspacePage() {
  const partner = await requirePartner();
  const [{ locale, t }, partnerships] = await Promise.all([
    getRequestMessages(),
    listOrganizationPartnerships(db, partner),
  ]);
  const { organization } = partner;
  return (
    <>
      <PageHeader title={organization.name} lead={`${t.organizationKinds[organization.kind]} · ${organization.comune}`}>
        <Badge tone={organization.status === "ACTIVE" ? "success" : "warning"}>
          {t.organizationStatuses[organization.status]}
        </Badge>
      </PageHeader>
      {organization.status === "PENDING" ? (
        <div className="mb-8">
          <Notice tone="info">{t.workspace.pendingNotice}</Notice>
        </div>
      ) : null}
      <section aria-labelledby="partnerships-title">
        <h2 id="partnerships-title" className="mb-4 text-2xl font-bold">{t.workspace.partnershipsTitle}</h2>
        {partnerships.length === 0 ? (
          <EmptyState>{t.workspace.partnershipsEmpty}</EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {partnerships.map((partnership) => (
              <li key={partnership.id} className="rounded-lg border border-line bg-white p-5">
                <h3 className="text-lg font-bold">{partnership.title}</h3>
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
}
