import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatDecimal } from "@/lib/money/format-amount";

export function formatDays(days: number, locale: Locale, t: Messages["dashboard"]): string {
  return days === 1 ? t.oneDay : format(t.days, { count: formatDecimal(days, locale) });
}
