import { describeAuditAction } from "@/lib/audit/describe-audit-action";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import type { Locale } from "@/lib/i18n/locales";
import { listPartnershipHistory, type HistoryEntry } from "@/lib/partnerships/history/list-partnership-history";
import type { SectionProps } from "../section-props";

const formatWhen = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Rome" }).format(date);

/** Staff-only: the partnership's change log, newest first (board moves with their reasons, owner changes, other audit rows). */
export async function HistorySection({ access, locale, t }: SectionProps) {
  if (!access.isStaff) return null;
  const entries = await listPartnershipHistory(db, access.viewer, { partnershipId: access.partnershipId });
  const b = t.board;
  const phase = (value: string | null) =>
    value ? (t.phases as Record<string, string>)[value] ?? value : b.historyUnknownPhase;
  const describe = (entry: HistoryEntry) => {
    const actor = entry.actor ?? b.historySystem;
    if (entry.kind === "move") {
      return entry.from === entry.to
        ? format(b.historyReorder, { actor, phase: phase(entry.to) })
        : format(b.historyMove, { actor, from: phase(entry.from), to: phase(entry.to) });
    }
    if (entry.kind === "staffOwner") return format(b.historyOwner, { actor, from: entry.from ?? b.historyNobody, to: entry.to ?? b.historyNobody });
    return describeAuditAction(entry.action, entry.actor, t.auditActions);
  };
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="text-2xl font-bold">
        {b.historyTitle}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{b.historyLead}</p>
      {entries.length === 0 ? (
        <p className="mt-4 rounded-md border-2 border-dashed border-line p-4">{b.historyEmpty}</p>
      ) : (
        <ol className="mt-4 max-w-3xl space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-md border-2 border-line p-4" data-history-kind={entry.kind}>
              <p className="text-sm text-muted">
                <time dateTime={entry.at.toISOString()}>{formatWhen(entry.at, locale)}</time>
              </p>
              <p className="mt-1 font-semibold">{describe(entry)}</p>
              {entry.kind === "titleGoal" ? (
                <dl className="mt-2">
                  <dt className="font-semibold">{t.titleGoal.title}</dt>
                  <dd>{entry.title ?? "—"}</dd>
                  <dt className="mt-1 font-semibold">{t.titleGoal.commonGoal}</dt>
                  <dd className="whitespace-pre-line">{entry.commonGoal ?? "—"}</dd>
                </dl>
              ) : null}
              {entry.kind === "move" && entry.reason ? (
                <p className="mt-2">
                  <span className="font-semibold">{b.historyReason}:</span> {entry.reason}
                </p>
              ) : null}
              {entry.kind === "move" && entry.gatesOverridden.length > 0 ? (
                <div className="mt-2">
                  <p className="font-semibold">{b.historyGates}:</p>
                  <ul className="list-disc pl-6">
                    {entry.gatesOverridden.map((gate) => (
                      <li key={gate}>{(b.gates as Record<string, string>)[gate] ?? gate}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
