import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { OPEN_PHASES, STAGES } from "@/lib/partnerships/phases";

type StepState = "done" | "current" | "todo";

function stateOf(number: number, phase: PartnershipPhase): StepState {
  if (phase === "COMPLETED") return "done";
  const current = OPEN_PHASES.find((entry) => entry.phase === phase)?.number;
  if (current === undefined) return "todo"; // discontinued: nothing is "current" any more
  return number < current ? "done" : number === current ? "current" : "todo";
}

const circle: Record<StepState, string> = {
  done: "border-success bg-success text-white",
  current: "border-primary bg-primary text-white",
  todo: "border-muted bg-white text-muted",
};

/** The six phases in their three stages, with where the partnership stands. An ordered list, readable without colour. */
export function PhaseStepper({ phase, t }: { phase: PartnershipPhase; t: Messages }) {
  const p = t.partnership;
  return (
    <nav aria-label={p.stepperLabel} className="mb-6">
      <ol className="grid gap-3 sm:grid-cols-3">
        {STAGES.map((stage) => (
          <li key={stage} className="rounded-lg border border-line bg-white p-3">
            <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t.stages[stage]}</p>
            <ol className="mt-2 space-y-2">
              {OPEN_PHASES.filter((entry) => entry.stage === stage).map((entry) => {
                const state = stateOf(entry.number, phase);
                return (
                  <li key={entry.phase} className="flex items-center gap-3" aria-current={state === "current" ? "step" : undefined}>
                    <span aria-hidden="true" className={`inline-flex size-8 shrink-0 items-center justify-center rounded-full border-2 font-bold ${circle[state]}`}>
                      {state === "done" ? "✓" : entry.number}
                    </span>
                    <span className={state === "current" ? "font-bold" : undefined}>
                      {entry.number}. {t.phases[entry.phase]}
                      <span className="sr-only"> ({state === "done" ? p.stepDone : state === "current" ? p.stepCurrent : p.stepTodo})</span>
                    </span>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      {phase === "COMPLETED" || phase === "DISCONTINUED" ? (
        <p className="mt-3 font-semibold">{format(p.currentPhase, { phase: t.phases[phase] })}</p>
      ) : null}
    </nav>
  );
}
