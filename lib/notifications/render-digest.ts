import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { renderNotification } from "./render-notification";

export type DigestItem = { kind: string; params: unknown; link: string | null };

const PARTNERSHIP_IN_LINK = /\/partnerships\/([^/?#]+)/;

function partnershipOf(item: DigestItem): { id: string; title: string | undefined } | undefined {
  const id = item.link ? PARTNERSHIP_IN_LINK.exec(item.link)?.[1] : undefined;
  if (!id) return undefined;
  const params = item.params && typeof item.params === "object" ? (item.params as Record<string, unknown>) : {};
  const title = [params.partnershipTitle, params.title].find((value): value is string => typeof value === "string" && value !== "");
  return { id, title };
}

/**
 * The daily digest e-mail, in the reader's language: the collected notifications, oldest
 * first, grouped by partnership (recognised by the partnership in their link) with one link
 * per partnership; the others last, each with its own link.
 */
export function renderDigest(input: { name: string; locale: Locale; siteUrl: string; items: DigestItem[] }): { subject: string; text: string } {
  const t = getMessages(input.locale).notificationPreferences.digest;
  const groups = new Map<string, { title: string | undefined; lines: string[]; link: string | null }>();
  const others: string[] = [];
  for (const item of input.items) {
    const { title, body } = renderNotification(item.kind, item.params, input.locale);
    const partnership = partnershipOf(item);
    if (!partnership) {
      others.push(`- ${title}\n  ${body}${item.link ? `\n  ${format(t.open, { link: `${input.siteUrl}${item.link}` })}` : ""}`);
      continue;
    }
    const group = groups.get(partnership.id) ?? { title: partnership.title, lines: [], link: null };
    group.lines.push(`- ${title}\n  ${body}`);
    group.link = item.link;
    groups.set(partnership.id, group);
  }
  const sections = [...groups.values()].map(
    (group) => `${group.title ? `«${group.title}»` : t.other}\n${group.lines.join("\n")}\n${format(t.open, { link: `${input.siteUrl}${group.link}` })}`,
  );
  if (others.length > 0) sections.push(`${t.other}\n${others.join("\n")}`);
  const count = input.items.length;
  return {
    subject: count === 1 ? t.subjectOne : format(t.subject, { count }),
    text: `${format(t.greeting, { name: input.name })}\n${t.intro}\n\n${sections.join("\n\n")}`,
  };
}
