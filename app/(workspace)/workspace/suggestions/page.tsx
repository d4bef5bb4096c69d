import type { Metadata } from "next";
import Link from "next/link";
import { SuggestionCard } from "@/components/suggestions/suggestion-card";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listSuggestions } from "@/lib/suggestions/list-suggestions";
import { dismissSuggestionAction, expressInterestFromSuggestionsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.suggestions.title };
}

type PageProps = { searchParams: Promise<{ outcome?: string }> };

export default async function SuggestionsPage({ searchParams }: PageProps) {
  const partner = await requirePartner();
  const { locale, t } = await getRequestMessages();
  const [result, { outcome }] = await Promise.all([listSuggestions(db, partner, { locale }), searchParams]);
  const s = t.suggestions;
  return (
    <>
      <PageHeader title={s.title} lead={s.lead} />
      {outcome === "sent" ? <div className="mb-6"><Notice tone="success">{s.interestSent}</Notice></div> : null}
      {outcome === "dismissed" ? <div className="mb-6"><Notice tone="success">{s.dismissed}</Notice></div> : null}
      {result.state === "not-active" ? (
        <EmptyState>{format(s.notActive, { status: t.organizationStatuses[result.status] })}</EmptyState>
      ) : result.state === "profile-incomplete" ? (
        <div className="rounded-lg border border-dashed border-line bg-surface p-6">
          <p className="text-muted">{s.profileIncomplete}</p>
          <Link href="/workspace/profile" className={`${buttonStyles.primary} mt-4`}>{s.completeProfile}</Link>
        </div>
      ) : result.suggestions.length === 0 ? (
        <EmptyState>{s.empty}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {result.suggestions.map((suggestion) => (
            <SuggestionCard key={suggestion.id} suggestion={suggestion} t={t} dismissAction={dismissSuggestionAction} expressAction={expressInterestFromSuggestionsAction} />
          ))}
        </ul>
      )}
    </>
  );
}
