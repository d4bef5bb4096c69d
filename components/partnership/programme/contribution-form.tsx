"use client";

import { useId } from "react";
import { useWatch } from "react-hook-form";
import type { z } from "zod";
import { FormMessage, HiddenFields, SelectField, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import { format } from "@/lib/i18n/define-section";
import type { PartySide } from "@/lib/generated/prisma/enums";
import { CONTRIBUTION_KINDS, logDeliveredContributionSchema, PARTY_SIDES } from "@/lib/partnerships/programme/programme-schemas";
import type { ActivityFormTexts } from "./activity-form";

type Input = z.input<typeof logDeliveredContributionSchema>;

type Props = {
  texts: ActivityFormTexts;
  action: FormServerAction;
  partnershipId: string;
  /** The viewer's side: a partner logs for it; staff (null) choose. */
  side: PartySide | null;
  today: string;
  formLabel: string;
};

/** A contribution actually delivered: who, what, when, and the hours or euros it was worth. */
export function ContributionForm({ texts, action, partnershipId, side, today, formLabel }: Props) {
  const p = texts.programme;
  const prefix = useId();
  const empty: Input = { partnershipId, side: side ?? "", kind: "VOLUNTEER_HOURS", description: "", deliveredOn: today, hours: "", value: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: logDeliveredContributionSchema, action, defaultValues: empty, resetOnSuccess: true });
  const text = (key: string | undefined) => translateKey(key, p.errors, texts.partnership.formErrors, texts.forms);
  const id = (name: string) => `${prefix}-${name}`;
  const register = form.register;
  const kind = useWatch({ control: form.control, name: "kind" });

  return (
    <form aria-label={formLabel} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} error={text(formError)} saved={texts.partnership.saved} />
      <HiddenFields values={side ? { partnershipId, side } : { partnershipId }} />
      {side ? (
        <p>{format(p.loggingFor, { side: texts.partnership.sides[side] })}</p>
      ) : (
        <SelectField
          id={id("side")}
          label={p.fields.side}
          placeholder={p.chooseSide}
          options={PARTY_SIDES.map((option) => ({ value: option, label: texts.partnership.sides[option] }))}
          error={text(errorOf("side"))}
          registration={register("side")}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={id("kind")}
          label={p.fields.contributionKind}
          options={CONTRIBUTION_KINDS.map((option) => ({ value: option, label: p.contributionKinds[option] }))}
          error={text(errorOf("kind"))}
          registration={register("kind")}
        />
        <TextField id={id("deliveredOn")} type="date" max={today} label={p.fields.deliveredOn} defaultValue={today} error={text(errorOf("deliveredOn"))} registration={register("deliveredOn")} />
      </div>
      <TextField id={id("description")} type="text" label={p.fields.contributionDescription} error={text(errorOf("description"))} registration={register("description")} />
      <div className="grid gap-4 sm:grid-cols-2">
        {kind === "VOLUNTEER_HOURS" ? (
          <TextField id={id("hours")} type="text" inputMode="decimal" label={p.fields.hours} hint={p.fields.hoursHint} error={text(errorOf("hours"))} registration={register("hours")} />
        ) : null}
        <TextField
          id={id("value")}
          type="text"
          inputMode="decimal"
          label={kind === "MONEY" ? p.fields.money : `${p.fields.value} (${texts.partnership.optional})`}
          hint={kind === "MONEY" ? undefined : p.fields.valueHint}
          error={text(errorOf("value"))}
          registration={register("value")}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={texts.partnership.saving}>{p.logContribution}</SubmitButton>
    </form>
  );
}
