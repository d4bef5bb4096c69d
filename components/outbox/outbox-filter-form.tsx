import { buttonStyles } from "@/components/ui/button-styles";
import type { Messages } from "@/lib/i18n/get-messages";
import { OUTBOX_STATUSES, type OutboxQuery } from "@/lib/mail/outbox-query";

const field = "min-h-11 w-full rounded-md border-2 border-muted bg-white px-2";

/** Search and status filter: a plain GET form, so the filter lives in the URL. */
export function OutboxFilterForm({ query, t }: { query: OutboxQuery; t: Messages["outbox"] }) {
  return (
    <form method="get" action="/staff/outbox" role="search" aria-label={t.filters} className="mb-6 rounded-md border-2 border-line bg-surface p-4">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <div className="flex min-w-0 flex-col">
          <label htmlFor="outbox-q" className="text-sm font-semibold">{t.search}</label>
          <input id="outbox-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={200} className={field} />
        </div>
        <div className="flex min-w-0 flex-col">
          <label htmlFor="outbox-status" className="text-sm font-semibold">{t.statusFilter}</label>
          <select id="outbox-status" name="status" defaultValue={query.status ?? ""} className={field}>
            <option value="">{t.allStatuses}</option>
            {OUTBOX_STATUSES.map((status) => (
              <option key={status} value={status}>{t.statuses[status]}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonStyles.primary}>{t.apply}</button>
      </div>
    </form>
  );
}
