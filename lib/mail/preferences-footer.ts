import { serverConfig } from "@/lib/config/server-config";
import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";

/** The page where a person chooses which e-mails they get: staff and partners each have their own. */
export function preferencesPath(role: string | undefined): string {
  return role === "STAFF" || role === "ADMIN" ? "/staff/notifications/preferences" : "/workspace/notifications/preferences";
}

/** The last lines of every e-mail: where to choose which e-mails one gets. */
export function preferencesFooter(locale: Locale, role: string | undefined): string {
  const link = `${serverConfig().siteUrl}${preferencesPath(role)}`;
  return `\n\n-- \n${format(getMessages(locale).notificationPreferences.mailFooter, { link })}`;
}
