import { Badge } from "@/components/ui/badge";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { OutboxEmailItem } from "@/lib/mail/list-outbox";

function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Rome" }).format(date);
}

const STATUS_TONES = { PENDING: "warning", SENDING: "primary", SENT: "success", FAILED: "danger" } as const;

/** The outbox as a list of cards: readable on a phone, the text folded away until asked for. */
export function OutboxTable({ items, locale, t }: { items: OutboxEmailItem[]; locale: Locale; t: Messages["outbox"] }) {
  return (
    <ol className="space-y-4">
      {items.map((item) => (
        <li key={item.id} className="rounded-lg border border-line bg-white p-4">
          <h2 className="text-lg font-bold break-words">{item.subject}</h2>
          <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="text-muted">{t.recipient}</dt>
            <dd className="break-all">{item.to}</dd>
            <dt className="text-muted">{t.time}</dt>
            <dd><time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, locale)}</time></dd>
            <dt className="text-muted">{t.status}</dt>
            <dd><Badge tone={STATUS_TONES[item.status]}>{t.statuses[item.status]}</Badge></dd>
            <dt className="text-muted">{t.attempts}</dt>
            <dd>{item.attempts}</dd>
            {item.status === "PENDING" && item.attempts > 0 ? (
              <>
                <dt className="text-muted">{t.nextAttempt}</dt>
                <dd><time dateTime={item.nextAttemptAt.toISOString()}>{formatDateTime(item.nextAttemptAt, locale)}</time></dd>
              </>
            ) : null}
            {item.sentAt ? (
              <>
                <dt className="text-muted">{t.sentAt}</dt>
                <dd><time dateTime={item.sentAt.toISOString()}>{formatDateTime(item.sentAt, locale)}</time></dd>
              </>
            ) : null}
            {item.lastError && item.status !== "SENT" ? (
              <>
                <dt className="text-muted">{t.lastError}</dt>
                <dd className="font-semibold break-words text-danger">{item.lastError}</dd>
              </>
            ) : null}
          </dl>
          <details className="mt-3">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary">{t.showText}</summary>
            <pre className="mt-2 overflow-x-auto rounded-md bg-surface p-3 font-sans text-base whitespace-pre-wrap break-words">{item.text}</pre>
          </details>
        </li>
      ))}
    </ol>
  );
}
