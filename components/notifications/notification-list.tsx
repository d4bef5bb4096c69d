import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { SubmitButton, type FormServerAction } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { plainFormAction } from "@/lib/actions/plain-form-action";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { NotificationItem } from "@/lib/notifications/list-notifications";

/** The body of both notification pages (workspace and staff). */
export function NotificationList({
  items,
  unread,
  marked,
  locale,
  t,
  markAllAction,
  emptyText,
}: {
  emptyText: string;
  items: NotificationItem[];
  unread: number;
  marked: boolean;
  locale: Locale;
  t: Messages["notifications"];
  markAllAction: FormServerAction;
}) {
  return (
    <>
      {marked ? <div className="mb-6"><Notice tone="success">{t.markedRead}</Notice></div> : null}
      {items.length === 0 ? (
        <EmptyState>{emptyText}</EmptyState>
      ) : (
        <>
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <p className="font-semibold">{format(t.unreadCount, { count: unread })}</p>
            {unread > 0 ? (
              // A plain form: the answer is the page again with its notice.
              <form action={plainFormAction(markAllAction)}>
                <SubmitButton variant="secondary">{t.markAllRead}</SubmitButton>
              </form>
            ) : null}
          </div>
          <ul className="space-y-3">
            {items.map((item) => (
              <li key={item.id} className={`rounded-lg border p-4 ${item.read ? "border-line bg-white" : "border-primary bg-primary-soft"}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="text-lg font-bold">{item.title}</h2>
                  {item.read ? null : <Badge tone="primary">{t.unread}</Badge>}
                </div>
                <p className="mt-1">{item.body}</p>
                <p className={`mt-2 flex flex-wrap items-center gap-3 text-sm ${item.read ? "text-muted" : "text-ink"}`}>
                  <span>{formatDate(item.createdAt, locale)}</span>
                  {item.link ? <Link href={item.link} className="font-semibold underline" aria-label={`${t.open}: ${item.title}`}>{t.open}</Link> : null}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
