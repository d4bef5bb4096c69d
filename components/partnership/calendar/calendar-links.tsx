import { buttonStyles } from "@/components/ui/button-styles";
import { ActionButton } from "@/components/ui/form";
import { renewCalendarAddressAction } from "@/lib/actions/account/renew-calendar-address";
import { calendarFeedUrls, getCalendarToken } from "@/lib/calendar/calendar-address";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import type { SectionProps } from "../section-props";

/**
 * The viewer's private calendar addresses: this partnership's dates, and those of all their
 * partnerships. Before the first use, one button creates them.
 */
export async function CalendarLinks({ access, t }: SectionProps) {
  const c = t.calendar;
  const token = await getCalendarToken(db, access.viewer.userId);
  const feeds = token
    ? [
        { id: "calendar-this", label: c.thisPartnership, urls: calendarFeedUrls(token, access.partnershipId) },
        { id: "calendar-all", label: c.allPartnerships, urls: calendarFeedUrls(token) },
      ]
    : [];
  return (
    <section aria-labelledby="calendar-title" className="rounded-lg border border-line p-4 sm:p-6">
      <h2 id="calendar-title" className="text-2xl font-bold">{c.title}</h2>
      <p className="mt-1 max-w-3xl text-muted">{c.lead}</p>
      {token ? (
        <>
          <div className="mt-4 space-y-4">
            {feeds.map((feed) => (
              <div key={feed.id}>
                <label htmlFor={feed.id} className="font-semibold">{feed.label}</label>
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <input id={feed.id} readOnly value={feed.urls.https} className="min-h-11 w-full max-w-xl rounded-md border border-line px-3 font-mono text-sm" />
                  <a href={feed.urls.webcal} className={`${buttonStyles.secondary} no-underline`} aria-label={format(c.subscribeLabel, { which: feed.label })}>
                    {c.subscribe}
                  </a>
                </div>
              </div>
            ))}
          </div>
          <p className="mt-3 max-w-3xl text-sm text-muted">{c.privateNote}</p>
          <ActionButton action={renewCalendarAddressAction} fields={{}} label={c.renew} pendingLabel={c.renewing} variant="quiet" className="mt-2" catalogues={[t.forms]} />
        </>
      ) : (
        <ActionButton action={renewCalendarAddressAction} fields={{}} label={c.create} pendingLabel={c.creating} className="mt-4" catalogues={[t.forms]} />
      )}
    </section>
  );
}
