import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import type { CheckInAnswerDto } from "@/lib/partnerships/monitoring/get-monitoring";
import type { SectionProps } from "../section-props";

type Rating = "1" | "2" | "3" | "4" | "5";

/** Staff only: both sides' answers to the check-ins, and their silences told apart, newest phase first. */
export function CheckInAnswers({ checkIns, t, locale }: { checkIns: CheckInAnswerDto[] } & Pick<SectionProps, "t" | "locale">) {
  const m = t.monitoring;
  return (
    <section aria-labelledby="check-ins-title" className="space-y-3">
      <h2 id="check-ins-title" className="text-2xl font-bold">{m.checkInsTitle}</h2>
      <p className="max-w-3xl text-muted">{m.checkInsLead}</p>
      {checkIns.length === 0 ? (
        <EmptyState>{m.checkInsEmpty}</EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {checkIns.map((checkIn) => (
            <li key={checkIn.id} className="p-4">
              <p className="font-semibold">
                {t.phases[checkIn.phase]} · {checkIn.side === "COMPANY" ? t.partnership.company : t.partnership.nonprofit}
              </p>
              {checkIn.answeredAt && checkIn.rating ? (
                <>
                  <p>
                    {m.rating}: {checkIn.rating}/5 · {m.ratings[String(checkIn.rating) as Rating]}
                    <span className="text-muted"> · {formatDate(checkIn.answeredAt, locale)}{checkIn.answeredByName ? ` · ${checkIn.answeredByName}` : ""}</span>
                  </p>
                  {checkIn.comment ? <p className="mt-1 max-w-3xl">«{checkIn.comment}»</p> : null}
                </>
              ) : checkIn.dismissedAt ? (
                <>
                  <p>
                    {m.statusDismissed}
                    <span className="text-muted"> · {formatDate(checkIn.dismissedAt, locale)}{checkIn.dismissedByName ? ` · ${checkIn.dismissedByName}` : ""}</span>
                  </p>
                  {checkIn.dismissReason ? <p className="mt-1 max-w-3xl">«{checkIn.dismissReason}»</p> : null}
                </>
              ) : (
                <p className="text-muted">
                  {checkIn.supersededAt ? m.statusSuperseded : m.statusSilent} ({formatDate(checkIn.requestedAt, locale)})
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
