import type { Messages } from "@/lib/i18n/get-messages";
import { OPEN_PHASES, phasesOfStage, STAGES } from "@/lib/partnerships/phases";

/** The six phases grouped in their three stages, as an ordered list a screen reader reads in order. */
export function PhaseJourney({ t }: { t: Messages }) {
  return (
    <ol className="grid gap-4 md:grid-cols-3">
      {STAGES.map((stage) => (
        <li key={stage} className="rounded-lg border border-line bg-white p-5">
          <h3 className="text-lg font-bold text-primary-dark">{t.stages[stage]}</h3>
          <ol className="mt-3 space-y-2">
            {phasesOfStage(stage).map((entry) => (
              <li key={entry.phase} className="flex items-start gap-3">
                <span
                  aria-hidden="true"
                  className="mt-0.5 inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-primary text-sm font-bold text-white"
                >
                  {entry.number}
                </span>
                <span>
                  <span className="sr-only">{entry.number}/{OPEN_PHASES.length} · </span>
                  {t.phases[entry.phase]}
                </span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
