import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { serverConfig } from "@/lib/config/server-config";

export type RenderedNotification = { title: string; body: string };

type Params = Record<string, unknown>;

/** Only strings and numbers fill placeholders: params come from JSON and could be anything. */
function printable(params: Params): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string" || typeof value === "number") out[key] = value;
  }
  return out;
}

/**
 * The text of a notification in the reader's language, from its kind and params. A kind
 * this version does not know (written by a newer one, or a typo) gets a generic text
 * rather than an error; a missing param leaves its placeholder visible, never crashes.
 */
export function renderNotification(kind: string, params: unknown, locale: Locale): RenderedNotification {
  const messages = getMessages(locale);
  const catalog = messages.notifications;
  const kinds: Record<string, RenderedNotification> = { ...catalog.kinds, ...messages.partnershipNotices.kinds, ...messages.members.kinds };
  const template = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
  if (!template) return catalog.generic;
  const values = params && typeof params === "object" && !Array.isArray(params) ? printable(params as Params) : {};
  // A phase is stored as its code, so each reader gets its name in their own language.
  const phases: Record<string, string> = messages.phases;
  if (typeof values.phase === "string" && Object.hasOwn(phases, values.phase)) values.phase = phases[values.phase]!;
  return { title: format(template.title, values), body: format(template.body, values) };
}

/** The e-mail for a notification: the same text, plus the link to open. */
export function notificationEmail(kind: string, params: Record<string, string | number>, link: string) {
  return (locale: Locale) => {
    const { title, body } = renderNotification(kind, params, locale);
    const url = `${serverConfig().siteUrl}${link}`;
    return { subject: title, text: `${body}\n\n${format(getMessages(locale).notifications.emailFooter, { link: url })}` };
  };
}
