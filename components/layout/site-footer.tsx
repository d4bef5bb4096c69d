import Link from "next/link";
import type { Messages } from "@/lib/i18n/get-messages";

export function SiteFooter({ t }: { t: Messages }) {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted">
        <p className="font-semibold text-ink">{t.common.appName} — {t.common.programme}</p>
        <p>{t.landing.contacts}</p>
        <p className="mt-2">
          <Link href="/privacy" className="text-primary-dark underline">{t.landing.privacy}</Link>
        </p>
      </div>
    </footer>
  );
}
