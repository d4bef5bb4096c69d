import type { Metadata } from "next";
import { IntroductionForm } from "@/components/interests/introduction-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listIntroductionOptions, listIntroductions } from "@/lib/interests/list-introductions";
import { proposeIntroductionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.suggestions.introductionsTitle };
}

export default async function IntroductionsPage() {
  const staff = await requireStaff();
  const [{ locale, t }, options, introductions] = await Promise.all([
    getRequestMessages(),
    listIntroductionOptions(db, staff),
    listIntroductions(db, staff),
  ]);
  const s = t.suggestions;
  const side = (party: { name: string; accepted: boolean }) => `${party.name}: ${party.accepted ? s.answered : s.notAnswered}`;
  return (
    <>
      <PageHeader title={s.introductionsTitle} lead={s.introductionsLead} />
      <section aria-label={s.propose} className="mb-10 rounded-lg border border-line bg-white p-5">
        <IntroductionForm options={options} t={s} forms={t.forms} action={proposeIntroductionAction} />
      </section>
      <section aria-labelledby="introductions-title">
        <h2 id="introductions-title" className="mb-4 text-2xl font-bold">{s.introductionsList}</h2>
        {introductions.length === 0 ? (
          <EmptyState>{s.introductionsEmpty}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {introductions.map((item) => (
              <li key={item.id} className="rounded-lg border border-line bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="text-lg font-bold">{item.company.name} · {item.nonprofit.name}</h3>
                  <Badge tone={item.status === "PENDING" ? "warning" : item.status === "ACCEPTED" ? "success" : "neutral"}>{s.statuses[item.status]}</Badge>
                </div>
                <p className="mt-1 whitespace-pre-line">{item.message}</p>
                <ul className="mt-2 text-sm">
                  <li>{side(item.company)}</li>
                  <li>{side(item.nonprofit)}</li>
                </ul>
                <p className="mt-2 text-sm text-muted">
                  {formatDate(item.createdAt, locale)}
                  {item.introducedBy ? ` · ${format(s.proposedBy, { name: item.introducedBy })}` : ""}
                  {item.status === "PENDING" ? ` · ${format(s.expiresOn, { date: formatDate(item.expiresAt, locale) })}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
