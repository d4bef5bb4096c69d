import { notFound } from "next/navigation";
import { LandingContent } from "@/components/landing/landing-content";
import { db } from "@/lib/db";
import { getMessages } from "@/lib/i18n/get-messages";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { listShowcasedPartnerships } from "@/lib/partnerships/list-showcased-partnerships";

// The landing page as anonymous visitors get it: next.config.js rewrites their "/" here,
// without running proxy.ts. Rendered
// once, kept in Next's cache (ISR) and served from it to every such visitor, so a crowd costs
// no database query and no render. Refreshed when a story is approved, withdrawn, edited or
// its photos change (the actions revalidate it, lib/actions/landing-pages.ts), and at the
// latest after `revalidate` seconds, which is also how the other app servers, whose caches
// those actions do not reach, catch up.
// Its Content Security Policy names the hashes of its inline scripts (the cache handler,
// lib/http/landing-cache-handler.mjs): no nonce can reach HTML shared by everyone.
//
// force-static: the layouts above read no cookie here (the language cookie and the session
// read as empty), so the header is the one of a visitor who is not signed in and the page
// speaks the default language; which is why only that language is cached, and signed-in
// visitors and those who chose another language get "/" as rendered per request.
export const dynamic = "force-static";
export const revalidate = 60;

// Nothing at build time (the build has no database): rendered on the first visit.
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export default async function CachedLandingPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (locale !== DEFAULT_LOCALE) notFound();
  const showcase = await listShowcasedPartnerships(db);
  return <LandingContent t={getMessages(DEFAULT_LOCALE)} showcase={showcase} />;
}
