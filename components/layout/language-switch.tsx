import { HiddenFields } from "@/components/ui/form";
import { plainFormAction } from "@/lib/actions/plain-form-action";
import { setLocaleAction } from "@/lib/actions/i18n/set-locale";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/get-messages";

/** A plain form: switching language works without JavaScript too. */
export function LanguageSwitch({ locale, t }: { locale: Locale; t: Messages }) {
  const other: Locale = locale === "it" ? "en" : "it";
  return (
    <form action={plainFormAction(setLocaleAction)}>
      <HiddenFields values={{ locale: other }} />
      <button
        type="submit"
        lang={other}
        aria-label={t.common.switchToLabel}
        className="min-h-11 rounded-md px-3 py-2 font-semibold text-white underline-offset-4 hover:underline"
      >
        {t.common.switchTo}
      </button>
    </form>
  );
}
