"use client";

import { FormMessage, HiddenFields, SelectField, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import { format } from "@/lib/i18n/define-section";
import type { PartySide } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/get-messages";
import { addContributionSchema, CONTRIBUTION_KINDS, type AddContributionInput } from "@/lib/partnerships/negotiation/negotiation-schemas";

type Props = {
  partnershipId: string;
  /** The viewer's own side (a partner), or null: staff choose. */
  ownSide: PartySide | null;
  parties: Record<PartySide, string>;
  action: FormServerAction;
  t: Messages["negotiation"];
  shared: Messages["partnership"];
  forms: Messages["forms"];
};

/** A planned contribution: kind, what, and an optional value in euros as people write it. */
export function ContributionAddForm({ partnershipId, ownSide, parties, action, t, shared, forms }: Props) {
  const defaults = { partnershipId, side: "", kind: "VOLUNTEER_HOURS", description: "", value: "" } as AddContributionInput;
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: addContributionSchema, action, defaultValues: defaults, resetOnSuccess: true });
  const text = (key: string | undefined) => translateKey(key, t.errors, shared.formErrors, forms);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-line bg-surface p-4" aria-labelledby="contribution-add-title">
      <h3 id="contribution-add-title" className="text-lg font-bold">{ownSide ? format(t.addTitleSide, { name: parties[ownSide] }) : t.addTitle}</h3>
      <FormMessage state={state} error={text(formError)} saved={t.added} />
      {/* A partner's contribution is always its own side's: "" lets the service decide. */}
      <HiddenFields values={ownSide ? { partnershipId, side: "" } : { partnershipId }} />
      {ownSide ? null : (
        <SelectField
          id="contribution-side"
          label={t.side}
          placeholder={t.chooseSide}
          options={[
            { value: "COMPANY", label: parties.COMPANY },
            { value: "NONPROFIT", label: parties.NONPROFIT },
          ]}
          error={text(errorOf("side"))}
          registration={form.register("side")}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="contribution-kind"
          label={t.kind}
          options={CONTRIBUTION_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
          error={text(errorOf("kind"))}
          registration={form.register("kind")}
        />
        <TextField id="contribution-value" type="text" inputMode="decimal" autoComplete="off" label={`${t.value} (${shared.optional})`} hint={t.valueHint} error={text(errorOf("value"))} registration={form.register("value")} />
      </div>
      <TextField id="contribution-description" type="text" label={t.description} hint={t.descriptionHint} error={text(errorOf("description"))} registration={form.register("description")} />
      <SubmitButton pending={pending} pendingLabel={shared.adding}>{t.addButton}</SubmitButton>
    </form>
  );
}
