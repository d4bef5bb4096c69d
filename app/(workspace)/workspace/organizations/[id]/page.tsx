import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InterestMessageForm } from "@/components/interests/interest-message-form";
import { ScoreBar } from "@/components/suggestions/score-bar";
import { ScoreReasons } from "@/components/suggestions/score-reasons";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import type { Locale } from "@/lib/i18n/locales";
import { getPublicProfile, type PublicProfile } from "@/lib/suggestions/get-public-profile";
import { expressInterestAction } from "@/lib/actions/interests/express-interest";

type PageProps = { params: Promise<{ id: string }> };

async function loadProfile(id: string, locale: Locale): Promise<PublicProfile> {
  const partner = await requirePartner();
  try {
    return await getPublicProfile(db, partner, { organizationId: id, locale });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [{ id }, { locale, t }] = await Promise.all([params, getRequestMessages()]);
  const profile = await loadProfile(id, locale);
  return { title: `${profile.name} · ${t.suggestions.profileTitle}` };
}

export default async function OrganizationProfilePage({ params }: PageProps) {
  await requirePartner();
  const [{ id }, { locale, t }] = await Promise.all([params, getRequestMessages()]);
  const profile = await loadProfile(id, locale);
  const s = t.suggestions;
  const list = (items: string[]) => (items.length > 0 ? items.join(", ") : s.none);
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/workspace/suggestions" className="underline">← {s.backToSuggestions}</Link>
        <Link href="/workspace/directory" className="underline">← {t.directory.title}</Link>
      </p>
      <PageHeader title={profile.name} lead={`${t.organizationKinds[profile.kind]} · ${profile.comune}`} />
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="profile-title">
          {profile.fit ? (
            <section aria-labelledby="fit-title" className="mb-8 rounded-lg border border-line bg-white p-5">
              <h2 id="fit-title" className="mb-3 text-xl font-bold">{s.fitTitle}</h2>
              <ScoreBar score={profile.fit.score} label={s.score} valueText={format(s.scoreValue, { score: profile.fit.score })} />
              <div className="mt-4">
                <ScoreReasons reasons={profile.fit.reasons} scoreSum={profile.fit.scoreSum} headingId="fit-reasons" t={s} />
              </div>
            </section>
          ) : null}
          <h2 id="profile-title" className="mb-4 text-2xl font-bold">{s.profileTitle}</h2>
          {profile.details ? (
            <dl className="space-y-4">
              <div><dt className="font-semibold">{s.description}</dt><dd className="mt-1 whitespace-pre-line">{profile.details.description || s.none}</dd></div>
              <div><dt className="font-semibold">{s.causes}</dt><dd className="mt-1">{list(profile.details.causes)}</dd></div>
              <div><dt className="font-semibold">{s.offers}</dt><dd className="mt-1">{list(profile.details.offers)}</dd></div>
              <div><dt className="font-semibold">{s.needs}</dt><dd className="mt-1">{list(profile.details.needs)}</dd></div>
              <div><dt className="font-semibold">{s.horizons}</dt><dd className="mt-1">{list(profile.details.horizons.map((horizon) => s.horizonLabels[horizon]))}</dd></div>
            </dl>
          ) : (
            <EmptyState>{s.noDetails}</EmptyState>
          )}
        </section>
        <section aria-labelledby="express-title" className="rounded-lg border border-line bg-white p-5 self-start">
          <h2 id="express-title" className="mb-3 text-xl font-bold">{s.expressTitle}</h2>
          <InterestMessageForm organizationId={profile.id} organizationName={profile.name} t={s} action={expressInterestAction} forms={t.forms} />
        </section>
      </div>
    </>
  );
}
