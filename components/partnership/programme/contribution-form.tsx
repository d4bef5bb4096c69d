"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import type { PartySide } from "@/lib/generated/prisma/enums";
import { CONTRIBUTION_KINDS, logDeliveredContributionSchema, PARTY_SIDES } from "@/lib/partnerships/programme/programme-schemas";
import type { ActivityFormTexts } from "./activity-form";
import { describedBy, Field, FormMessage, inputClass, resolveError, useActionForm, type FormAction } from "./form-parts";

type Input = z.input<typeof logDeliveredContributionSchema>;
type Output = z.output<typeof logDeliveredContributionSchema>;

type Props = {
  texts: ActivityFormTexts;
  action: FormAction;
  partnershipId: string;
  /** The viewer's side: a partner logs for it; staff (null) choose. */
  side: PartySide | null;
  today: string;
  formLabel: string;
};

export function ContributionForm({ texts, action, partnershipId, side, today, formLabel }: Props) {
  const p = texts.programme;
  const errorTexts = { formErrors: texts.partnership.formErrors, errors: p.errors };
  const prefix = useId();
  const empty: Input = { partnershipId, side: side ?? "", kind: "VOLUNTEER_HOURS", description: "", deliveredOn: today, hours: "", value: "" };
  const { register, handleSubmit, reset, control, formState } = useForm<Input, unknown, Output>({ resolver: zodResolver(logDeliveredContributionSchema), defaultValues: empty });
  const { state, pending, post, formAction } = useActionForm(action, () => reset(empty));
  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const error = (name: keyof Input) => resolveError(errorTexts, formState.errors[name]?.message ?? serverErrors?.[name]);
  const id = (name: string) => `${prefix}-${name}`;
  const kind = useWatch({ control, name: "kind" });

  return (
    <form aria-label={formLabel} action={formAction} noValidate onSubmit={handleSubmit((_values, event) => post(event?.target as HTMLFormElement))} className="space-y-4">
      <FormMessage state={state} texts={errorTexts} saved={texts.partnership.saved} />
      <input type="hidden" {...register("partnershipId")} />
      {side ? (
        <>
          <input type="hidden" {...register("side")} />
          <p>{format(p.loggingFor, { side: texts.partnership.sides[side] })}</p>
        </>
      ) : (
        <Field id={id("side")} label={p.fields.side} error={error("side")}>
          <select id={id("side")} className={inputClass} {...describedBy(id("side"), { error: error("side") })} {...register("side")}>
            <option value="">{p.chooseSide}</option>
            {PARTY_SIDES.map((option) => (
              <option key={option} value={option}>{texts.partnership.sides[option]}</option>
            ))}
          </select>
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("kind")} label={p.fields.contributionKind} error={error("kind")}>
          <select id={id("kind")} className={inputClass} {...describedBy(id("kind"), { error: error("kind") })} {...register("kind")}>
            {CONTRIBUTION_KINDS.map((option) => (
              <option key={option} value={option}>{p.contributionKinds[option]}</option>
            ))}
          </select>
        </Field>
        <Field id={id("deliveredOn")} label={p.fields.deliveredOn} error={error("deliveredOn")}>
          <input id={id("deliveredOn")} type="date" max={today} className={inputClass} {...describedBy(id("deliveredOn"), { error: error("deliveredOn") })} {...register("deliveredOn")} />
        </Field>
      </div>
      <Field id={id("description")} label={p.fields.contributionDescription} error={error("description")}>
        <input id={id("description")} type="text" className={inputClass} {...describedBy(id("description"), { error: error("description") })} {...register("description")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {kind === "VOLUNTEER_HOURS" ? (
          <Field id={id("hours")} label={p.fields.hours} hint={p.fields.hoursHint} error={error("hours")}>
            <input id={id("hours")} type="text" inputMode="decimal" className={inputClass} {...describedBy(id("hours"), { hint: true, error: error("hours") })} {...register("hours")} />
          </Field>
        ) : null}
        <Field
          id={id("value")}
          label={kind === "MONEY" ? p.fields.money : `${p.fields.value} (${texts.partnership.optional})`}
          hint={kind === "MONEY" ? undefined : p.fields.valueHint}
          error={error("value")}
        >
          <input id={id("value")} type="text" inputMode="decimal" className={inputClass} {...describedBy(id("value"), { hint: kind !== "MONEY", error: error("value") })} {...register("value")} />
        </Field>
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? texts.partnership.saving : p.logContribution}
      </button>
    </form>
  );
}
