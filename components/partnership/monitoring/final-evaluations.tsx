import { formatDate } from "@/components/ui/format-date";
import type { PartySide } from "@/lib/generated/prisma/enums";
import { format } from "@/lib/i18n/define-section";
import type { PartnershipAccess } from "@/lib/partnerships/access/partnership-viewer";
import type { FinalEvaluationDto, MonitoringView } from "@/lib/partnerships/monitoring/get-monitoring";
import type { SectionProps } from "../section-props";
import { FinalEvaluationForm } from "./final-evaluation-form";

type Props = { evaluations: MonitoringView["finalEvaluations"]; access: PartnershipAccess } & Pick<SectionProps, "t" | "locale">;

/**
 * The final evaluations: a side fills in its own during monitoring; it reads the other's
 * once both are in. Staff read both.
 */
export function FinalEvaluations({ evaluations, access, t, locale }: Props) {
  const m = t.monitoring;
  const catalogues = [m.errors, t.partnership.formErrors, t.forms];
  if (!evaluations.shown) {
    return (
      <section aria-labelledby="evaluation-title" className="space-y-3">
        <h2 id="evaluation-title" className="text-2xl font-bold">{m.evaluationTitle}</h2>
        <p className="text-muted">{m.evaluationNotYet}</p>
      </section>
    );
  }
  const sides: PartySide[] = access.side ? [access.side, access.side === "COMPANY" ? "NONPROFIT" : "COMPANY"] : ["COMPANY", "NONPROFIT"];
  const own = access.side ? (evaluations.visible.find((evaluation) => evaluation.side === access.side) ?? null) : null;
  return (
    <section aria-labelledby="evaluation-title" className="space-y-4">
      <h2 id="evaluation-title" className="text-2xl font-bold">{m.evaluationTitle}</h2>
      <p className="max-w-3xl text-muted">{m.evaluationLead}</p>
      {evaluations.canSubmit ? (
        <div className="rounded-lg border border-line p-4 sm:p-6">
          <h3 className="mb-3 text-xl font-bold">{m.evaluationYours}</h3>
          {own ? <p className="mb-3 text-muted">{format(m.evaluationSubmittedOn, { date: formatDate(own.submittedAt, locale), name: own.submittedByName ?? "—" })}</p> : null}
          <FinalEvaluationForm t={m} catalogues={catalogues} saving={t.partnership.saving} partnershipId={access.partnershipId} current={own} />
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {sides
          .filter((side) => !(evaluations.canSubmit && side === access.side))
          .map((side) => {
            const evaluation = evaluations.visible.find((entry) => entry.side === side);
            const submitted = evaluations.submittedSides.includes(side);
            const title = side === access.side ? m.evaluationYours : format(m.evaluationOf, { side: side === "COMPANY" ? t.partnership.company : t.partnership.nonprofit });
            return (
              <article key={side} className="rounded-lg border border-line p-4">
                <h3 className="text-lg font-bold">{title}</h3>
                {evaluation ? <EvaluationAnswers evaluation={evaluation} t={t} locale={locale} /> : <p className="mt-2 text-muted">{submitted ? m.evaluationHidden : m.evaluationMissing}</p>}
              </article>
            );
          })}
      </div>
    </section>
  );
}

function EvaluationAnswers({ evaluation, t, locale }: { evaluation: FinalEvaluationDto } & Pick<SectionProps, "t" | "locale">) {
  const m = t.monitoring;
  const scale = (value: number) => `${format(m.outOfFive, { value })} · ${m.scale[String(value) as "1" | "2" | "3" | "4" | "5"]}`;
  return (
    <>
      <p className="text-sm text-muted">{format(m.evaluationSubmittedOn, { date: formatDate(evaluation.submittedAt, locale), name: evaluation.submittedByName ?? "—" })}</p>
      <dl className="mt-3 space-y-2">
        <div><dt className="font-semibold">{m.goalAchievement}</dt><dd>{scale(evaluation.goalAchievement)}</dd></div>
        <div><dt className="font-semibold">{m.relationship}</dt><dd>{scale(evaluation.relationship)}</dd></div>
        <div><dt className="font-semibold">{m.csvSupport}</dt><dd>{scale(evaluation.csvSupport)}</dd></div>
        <div><dt className="font-semibold">{m.wouldRenew}</dt><dd>{evaluation.wouldRenew ? m.yes : m.no}</dd></div>
        <div><dt className="font-semibold">{m.results}</dt><dd className="whitespace-pre-line">{evaluation.results}</dd></div>
        <div><dt className="font-semibold">{m.lessons}</dt><dd className="whitespace-pre-line">{evaluation.lessons}</dd></div>
      </dl>
    </>
  );
}
