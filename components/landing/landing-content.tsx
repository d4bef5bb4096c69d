import Link from "next/link";
import { PartnershipShowcase } from "@/components/landing/partnership-showcase";
import { PhaseJourney } from "@/components/landing/phase-journey";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Messages } from "@/lib/i18n/get-messages";
import type { ShowcasedPartnership } from "@/lib/partnerships/list-showcased-partnerships";

/**
 * The landing page's content, the same for its two routes: "/" rendered per request (signed-in
 * visitors, English) and its cached twin app/(public)/landing/[locale] (everyone else).
 */
export function LandingContent({ t, showcase }: { t: Messages; showcase: ShowcasedPartnership[] }) {
  return (
    <>
      <section className="bg-primary-soft">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:py-20">
          <p className="font-semibold uppercase tracking-wide text-primary-dark">{t.landing.eyebrow}</p>
          <h1 className="mt-2 max-w-3xl text-4xl font-bold sm:text-5xl">{t.landing.title}</h1>
          <p className="mt-5 max-w-3xl text-xl text-ink">{t.landing.lead}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/signup?kind=company" className={buttonStyles.primary}>
              {t.landing.companyCta}
            </Link>
            <Link href="/signup?kind=nonprofit" className={buttonStyles.primary}>
              {t.landing.nonprofitCta}
            </Link>
            <Link href="/start" className={buttonStyles.secondary}>
              {t.landing.primaryCta}
            </Link>
          </div>
        </div>
      </section>

      <section aria-labelledby="how-title" className="mx-auto max-w-6xl px-4 pt-14">
        <h2 id="how-title" className="text-3xl font-bold">{t.landing.howTitle}</h2>
        <ol className="mt-6 grid gap-4 md:grid-cols-4">
          {(["first", "second", "third", "fourth"] as const).map((step, index) => (
            <li key={step} className="rounded-lg border border-line p-5">
              <span aria-hidden="true" className="text-3xl font-bold text-primary">{index + 1}</span>
              <p className="mt-2">{t.landing.howSteps[step]}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="phases-title" className="mx-auto max-w-6xl px-4 py-14">
        <h2 id="phases-title" className="text-3xl font-bold">{t.landing.phasesTitle}</h2>
        <p className="mt-3 max-w-3xl text-lg text-muted">{t.landing.phasesLead}</p>
        <div className="mt-8">
          <PhaseJourney t={t} />
        </div>
      </section>

      <section aria-labelledby="showcase-title" className="mx-auto max-w-6xl px-4 pb-14">
        <h2 id="showcase-title" className="text-3xl font-bold">{t.landing.showcaseTitle}</h2>
        <p className="mt-3 mb-8 max-w-3xl text-lg text-muted">{t.landing.showcaseLead}</p>
        <PartnershipShowcase partnerships={showcase} t={t} />
      </section>

      <section aria-labelledby="why-title" className="bg-surface">
        <div className="mx-auto max-w-6xl px-4 py-14">
          <h2 id="why-title" className="text-3xl font-bold">{t.landing.whyTitle}</h2>
          <div className="mt-8 grid gap-6 md:grid-cols-2">
            <article className="rounded-lg bg-white p-6 shadow-sm">
              <h3 className="text-xl font-bold">{t.landing.whyCompanyTitle}</h3>
              <p className="mt-2">{t.landing.whyCompany}</p>
            </article>
            <article className="rounded-lg bg-white p-6 shadow-sm">
              <h3 className="text-xl font-bold">{t.landing.whyNonprofitTitle}</h3>
              <p className="mt-2">{t.landing.whyNonprofit}</p>
            </article>
          </div>
        </div>
      </section>
    </>
  );
}
