"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { format } from "@/lib/i18n/define-section";
import type { PartySide } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/get-messages";
import { addContributionSchema, CONTRIBUTION_KINDS, type AddContributionInput } from "@/lib/partnerships/negotiation/negotiation-schemas";
import { describedBy, Field, inputClass } from "../collab/field";
import { resolveError, usePartnershipForm, type PartnershipAction } from "../collab/use-partnership-form";

type Props = {
  partnershipId: string;
  /** The viewer's own side (a partner), or null: staff choose. */
  ownSide: PartySide | null;
  parties: Record<PartySide, string>;
  action: PartnershipAction;
  t: Messages["negotiation"];
  shared: Messages["partnership"];
};

/** A planned contribution: kind, what, and an optional value in euros as people write it. */
export function ContributionAddForm({ partnershipId, ownSide, parties, action, t, shared }: Props) {
  const defaults = { partnershipId, side: "", kind: "VOLUNTEER_HOURS", description: "", value: "" } as AddContributionInput;
  const { form, state, pending, onSubmit, serverError, formError } = usePartnershipForm({ schema: addContributionSchema, action, defaultValues: defaults, resetOnSave: true });
  const { errors } = form.formState;
  const error = (field: keyof AddContributionInput) => resolveError(errors[field]?.message ?? serverError(field), t.errors, shared.formErrors);
  const [sideError, kindError, descriptionError, valueError] = [error("side"), error("kind"), error("description"), error("value")];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-line bg-surface p-4" aria-labelledby="contribution-add-title">
      <h3 id="contribution-add-title" className="text-lg font-bold">{ownSide ? format(t.addTitleSide, { name: parties[ownSide] }) : t.addTitle}</h3>
      {state.status === "saved" ? <Notice tone="success">{t.added}</Notice> : null}
      {formError ? <Notice tone="error">{resolveError(formError, t.errors, shared.formErrors)}</Notice> : null}
      <input type="hidden" {...form.register("partnershipId")} />
      {ownSide ? (
        <input type="hidden" {...form.register("side")} />
      ) : (
        <Field id="contribution-side" label={t.side} error={sideError}>
          <select id="contribution-side" className={inputClass} {...describedBy("contribution-side", { error: sideError })} {...form.register("side")}>
            <option value="">{t.chooseSide}</option>
            <option value="COMPANY">{parties.COMPANY}</option>
            <option value="NONPROFIT">{parties.NONPROFIT}</option>
          </select>
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="contribution-kind" label={t.kind} error={kindError}>
          <select id="contribution-kind" className={inputClass} {...describedBy("contribution-kind", { error: kindError })} {...form.register("kind")}>
            {CONTRIBUTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>{t.kinds[kind]}</option>
            ))}
          </select>
        </Field>
        <Field id="contribution-value" label={`${t.value} (${shared.optional})`} hint={t.valueHint} error={valueError}>
          <input id="contribution-value" type="text" inputMode="decimal" autoComplete="off" className={inputClass} {...describedBy("contribution-value", { hint: t.valueHint, error: valueError })} {...form.register("value")} />
        </Field>
      </div>
      <Field id="contribution-description" label={t.description} hint={t.descriptionHint} error={descriptionError}>
        <input id="contribution-description" type="text" className={inputClass} {...describedBy("contribution-description", { hint: t.descriptionHint, error: descriptionError })} {...form.register("description")} />
      </Field>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? shared.adding : t.addButton}</button>
    </form>
  );
}
