import { LandingContent } from "@/components/landing/landing-content";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listShowcasedPartnerships } from "@/lib/partnerships/list-showcased-partnerships";

// The landing page as rendered per request, with the visitor's language, session and nonce:
// what signed-in visitors and those who chose English see. Everyone else is served its cached
// twin (app/(public)/landing/[locale], rewritten to by next.config.js), which stays up under a crowd.
export default async function LandingPage() {
  const [{ t }, showcase] = await Promise.all([getRequestMessages(), listShowcasedPartnerships(db)]);
  return <LandingContent t={t} showcase={showcase} />;
}
