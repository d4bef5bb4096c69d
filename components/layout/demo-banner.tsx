import type { Messages } from "@/lib/i18n/get-messages";

/** The mark of the demo installation: calm, readable, on every page, above the header. */
export function DemoBanner({ t }: { t: Messages }) {
  return (
    <p className="border-b border-amber-300 bg-amber-50 px-4 py-1.5 text-center text-sm text-amber-950" data-demo-banner>
      <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide">{t.common.demoBadge}</span>
      {t.common.demoNotice}
    </p>
  );
}
