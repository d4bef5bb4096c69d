import type { Metadata } from "next";
import Link from "next/link";
import { InterestCard } from "@/components/interests/interest-card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listInterests } from "@/lib/interests/list-interests";
import { respondToInterestAction, withdrawInterestAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.suggestions.interestsTitle };
}

type PageProps = { searchParams: Promise<{ outcome?: string }> };

export default async function InterestsPage({ searchParams }: PageProps) {
  const partner = await requirePartner();
  const [{ locale, t }, { received, sent }, { outcome }] = await Promise.all([getRequestMessages(), listInterests(db, partner), searchParams]);
  const s = t.suggestions;
  const success = outcome && Object.hasOwn(s.done, outcome) ? s.done[outcome as keyof typeof s.done] : undefined;
  const cards = (items: typeof received, direction: "received" | "sent") =>
    items.map((interest) => (
      <InterestCard key={interest.id} interest={interest} direction={direction} locale={locale} t={t} respondAction={respondToInterestAction} withdrawAction={withdrawInterestAction} />
    ));
  return (
    <>
      <PageHeader title={s.interestsTitle} lead={s.interestsLead} />
      {success ? <div className="mb-6"><Notice tone="success">{success}</Notice></div> : null}
      <section aria-labelledby="received-title" className="mb-10">
        <h2 id="received-title" className="mb-4 text-2xl font-bold">{s.received}</h2>
        {received.length === 0 ? <EmptyState>{s.receivedEmpty}</EmptyState> : <ul className="grid gap-4 md:grid-cols-2">{cards(received, "received")}</ul>}
      </section>
      <section aria-labelledby="sent-title">
        <h2 id="sent-title" className="mb-4 text-2xl font-bold">{s.sent}</h2>
        {sent.length === 0 ? (
          <EmptyState>
            {s.sentEmpty} <Link href="/workspace/suggestions" className="font-semibold underline">{s.goToSuggestions}</Link>
          </EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">{cards(sent, "sent")}</ul>
        )}
      </section>
    </>
  );
}
