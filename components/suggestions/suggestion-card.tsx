import Link from "next/link";
import { InterestButton } from "@/components/interests/interest-button";
import { InterestMessageForm } from "@/components/interests/interest-message-form";
import { buttonStyles } from "@/components/ui/button-styles";
import type { FormServerAction } from "@/components/ui/form";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Suggestion } from "@/lib/suggestions/list-suggestions";
import { ScoreBar } from "./score-bar";
import { ScoreReasons } from "./score-reasons";

export function SuggestionCard({
  suggestion,
  t,
  dismissAction,
  expressAction,
}: {
  suggestion: Suggestion;
  t: Pick<Messages, "suggestions" | "organizationKinds" | "forms">;
  dismissAction: FormServerAction;
  expressAction: FormServerAction;
}) {
  const s = t.suggestions;
  const titleId = `suggestion-${suggestion.id}`;
  return (
    <li className="flex flex-col gap-4 rounded-lg border border-line bg-white p-5" aria-labelledby={titleId}>
      <div>
        <h2 id={titleId} className="text-xl font-bold">{suggestion.name}</h2>
        <p className="text-muted">
          {t.organizationKinds[suggestion.kind]} · {suggestion.comune}
          {suggestion.distanceKm !== null ? ` · ${format(s.distance, { km: suggestion.distanceKm })}` : ""}
        </p>
      </div>
      <ScoreBar score={suggestion.score} label={s.score} valueText={format(s.scoreValue, { score: suggestion.score })} />
      <ScoreReasons reasons={suggestion.reasons} scoreSum={suggestion.scoreSum} headingId={`${titleId}-reasons`} t={s} />
      <div className="mt-auto flex flex-wrap gap-2">
        <Link href={`/workspace/organizations/${suggestion.id}`} className={buttonStyles.secondary} aria-label={`${s.viewProfile}: ${suggestion.name}`}>
          {s.viewProfile}
        </Link>
        <InterestButton action={dismissAction} fields={{ organizationId: suggestion.id }} label={s.dismiss} accessibleLabel={`${s.dismiss}: ${suggestion.name}`} variant="quiet" t={s} forms={t.forms} />
      </div>
      <details className="group rounded-md border border-line p-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary">
          {s.interested}<span className="sr-only">: {suggestion.name}</span>
        </summary>
        <div className="mt-3">
          <InterestMessageForm organizationId={suggestion.id} organizationName={suggestion.name} t={s} action={expressAction} forms={t.forms} />
        </div>
      </details>
    </li>
  );
}
