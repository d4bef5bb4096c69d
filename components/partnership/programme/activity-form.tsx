"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useRef } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPerson } from "@/lib/partnerships/programme/list-partnership-people";
import { ACTIVITY_KINDS, PARTY_SIDES, saveActivitySchema } from "@/lib/partnerships/programme/programme-schemas";
import { describedBy, Field, FormMessage, inputClass, resolveError, useActionForm, type FormAction } from "./form-parts";

type Input = z.input<typeof saveActivitySchema>;
type Output = z.output<typeof saveActivitySchema>;

export type ActivityFormTexts = {
  programme: Messages["programme"];
  partnership: Pick<Messages["partnership"], "formErrors" | "sides" | "optional" | "saving" | "adding" | "saved">;
};

type Props = {
  texts: ActivityFormTexts;
  action: FormAction;
  partnershipId: string;
  people: PartnershipPerson[];
  /** An existing activity to edit; without it the form adds a new one. */
  activity?: { id: string; kind: Input["kind"]; title: string; description: string; startsOn: string; dueOn: string; ownerId: string; ownerSide: Input["ownerSide"] };
  formLabel: string;
  onSaved?: () => void;
};

export function ActivityForm({ texts, action, partnershipId, people, activity, formLabel, onSaved }: Props) {
  const p = texts.programme;
  const errorTexts = { formErrors: texts.partnership.formErrors, errors: p.errors };
  const prefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const empty: Input = { partnershipId, activityId: "", kind: "ACTIVITY", title: "", description: "", startsOn: "", dueOn: "", ownerId: "", ownerSide: "" };
  const defaults: Input = activity ? { partnershipId, activityId: activity.id, ...activity } : empty;
  const { register, handleSubmit, reset, formState } = useForm<Input, unknown, Output>({ resolver: zodResolver(saveActivitySchema), defaultValues: defaults });
  const { state, pending, post, formAction } = useActionForm(action, () => {
    if (!activity) reset(empty);
    // An edit form lives in a disclosure: close it once saved, the list shows the result.
    else formRef.current?.closest("details")?.removeAttribute("open");
    onSaved?.();
  });
  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const error = (name: keyof Input) => resolveError(errorTexts, formState.errors[name]?.message ?? serverErrors?.[name]);
  const id = (name: string) => `${prefix}-${name}`;
  const groups = [
    { label: texts.partnership.sides.COMPANY, people: people.filter((person) => person.side === "COMPANY") },
    { label: texts.partnership.sides.NONPROFIT, people: people.filter((person) => person.side === "NONPROFIT") },
    { label: p.staffGroup, people: people.filter((person) => person.side === null) },
  ].filter((group) => group.people.length > 0);

  return (
    <form ref={formRef} aria-label={formLabel} action={formAction} noValidate onSubmit={handleSubmit((_values, event) => post(event?.target as HTMLFormElement))} className="space-y-4">
      <FormMessage state={state} texts={errorTexts} />
      <input type="hidden" {...register("partnershipId")} />
      <input type="hidden" {...register("activityId")} />
      <fieldset>
        <legend className="font-semibold">{p.fields.kind}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          {ACTIVITY_KINDS.map((kind) => (
            <label key={kind} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" value={kind} className="size-5" {...register("kind")} />
              {p.kinds[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id={id("title")} label={p.fields.title} error={error("title")}>
        <input id={id("title")} type="text" className={inputClass} {...describedBy(id("title"), { error: error("title") })} {...register("title")} />
      </Field>
      <Field id={id("description")} label={`${p.fields.description} (${texts.partnership.optional})`} error={error("description")}>
        <textarea id={id("description")} rows={2} className={inputClass} {...describedBy(id("description"), { error: error("description") })} {...register("description")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("startsOn")} label={`${p.fields.startsOn} (${texts.partnership.optional})`} error={error("startsOn")}>
          <input id={id("startsOn")} type="date" className={inputClass} {...describedBy(id("startsOn"), { error: error("startsOn") })} {...register("startsOn")} />
        </Field>
        <Field id={id("dueOn")} label={p.fields.dueOn} error={error("dueOn")}>
          <input id={id("dueOn")} type="date" className={inputClass} {...describedBy(id("dueOn"), { error: error("dueOn") })} {...register("dueOn")} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("ownerId")} label={`${p.fields.ownerId} (${texts.partnership.optional})`} error={error("ownerId")}>
          <select id={id("ownerId")} className={inputClass} {...describedBy(id("ownerId"), { error: error("ownerId") })} {...register("ownerId")}>
            <option value="">{p.noOwner}</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.people.map((person) => (
                  <option key={person.id} value={person.id}>{person.name}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field id={id("ownerSide")} label={`${p.fields.ownerSide} (${texts.partnership.optional})`} error={error("ownerSide")}>
          <select id={id("ownerSide")} className={inputClass} {...describedBy(id("ownerSide"), { error: error("ownerSide") })} {...register("ownerSide")}>
            <option value="">{p.noSide}</option>
            {PARTY_SIDES.map((side) => (
              <option key={side} value={side}>{texts.partnership.sides[side]}</option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? (activity ? texts.partnership.saving : texts.partnership.adding) : activity ? p.saveActivity : p.addActivity}
      </button>
    </form>
  );
}
