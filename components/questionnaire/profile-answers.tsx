import Link from "next/link";
import type { Messages } from "@/lib/i18n/get-messages";
import type { ProfileAnswer } from "@/lib/profiles/questionnaire/describe-profile";

type Texts = Messages["questionnaire"];

/**
 * The questionnaire's answers grouped by step, with labels; with `editHref` each group
 * links to its step (the partner's review), without it the list is read-only (staff).
 */
export function ProfileAnswers({
  answers,
  comune,
  t,
  editHref,
  headingLevel = 3,
}: {
  answers: ProfileAnswer[];
  comune: string;
  t: Texts;
  editHref?: (step: number) => string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const stepTitles = [t.steps.who, t.steps.causes, t.steps.resources, t.steps.how];
  return (
    <div className="space-y-6">
      {stepTitles.map((title, index) => {
        const step = index + 1;
        const rows = answers.filter((answer) => answer.step === step);
        return (
          <section key={step} aria-labelledby={`answers-step-${step}`} className="rounded-lg border border-line bg-white p-5">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Heading id={`answers-step-${step}`} className="text-lg font-bold">{step}. {title}</Heading>
              {editHref ? (
                <Link href={editHref(step)} className="font-semibold text-primary underline underline-offset-4">
                  {t.edit}<span className="sr-only">: {title}</span>
                </Link>
              ) : null}
            </div>
            <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
              {step === 1 ? (
                <>
                  <dt className="font-semibold">{t.fields.comune}</dt>
                  <dd>{comune}</dd>
                </>
              ) : null}
              {rows.map(({ field, values, unit: unitKey }) => {
                const unit = unitKey ? t.units[unitKey] : null;
                return (
                  <div key={field} className="contents">
                    <dt className="font-semibold">{t.fields[field]}</dt>
                    <dd className="whitespace-pre-line">
                      {values.length === 0 ? (
                        <span className="text-muted">{t.notAnswered}</span>
                      ) : values.length === 1 ? (
                        `${values[0]}${unit ? ` ${unit}` : ""}`
                      ) : (
                        <ul className="list-disc pl-5">{values.map((value) => <li key={value}>{value}</li>)}</ul>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
