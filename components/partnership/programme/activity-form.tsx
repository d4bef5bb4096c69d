"use client";

import { useId, useRef } from "react";
import type { z } from "zod";
import { Field, FormMessage, HiddenFields, inputClass, SelectField, SubmitButton, TextareaField, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPerson } from "@/lib/partnerships/programme/list-partnership-people";
import { ACTIVITY_KINDS, PARTY_SIDES, saveActivitySchema } from "@/lib/partnerships/programme/programme-schemas";

type Input = z.input<typeof saveActivitySchema>;

export type ActivityFormTexts = {
  programme: Messages["programme"];
  partnership: Pick<Messages["partnership"], "formErrors" | "sides" | "optional" | "saving" | "adding" | "saved">;
  forms: Messages["forms"];
};

type Props = {
  texts: ActivityFormTexts;
  action: FormServerAction;
  partnershipId: string;
  people: PartnershipPerson[];
  /** An existing activity to edit; without it the form adds a new one. */
  activity?: { id: string; kind: Input["kind"]; title: string; description: string; startsOn: string; dueOn: string; ownerId: string; ownerSide: Input["ownerSide"] };
  formLabel: string;
};

/** An activity or a milestone of the programme: added at the foot of the list, or edited in its disclosure. */
export function ActivityForm({ texts, action, partnershipId, people, activity, formLabel }: Props) {
  const p = texts.programme;
  const prefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const empty: Input = { partnershipId, activityId: "", kind: "ACTIVITY", title: "", description: "", startsOn: "", dueOn: "", ownerId: "", ownerSide: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({
    schema: saveActivitySchema,
    action,
    defaultValues: activity ? { partnershipId, activityId: activity.id, ...activity } : empty,
    resetOnSuccess: !activity,
    // An edit form lives in a disclosure: close it once saved, the list shows the result.
    onSuccess: activity ? () => formRef.current?.closest("details")?.removeAttribute("open") : undefined,
  });
  const text = (key: string | undefined) => translateKey(key, p.errors, texts.partnership.formErrors, texts.forms);
  const id = (name: string) => `${prefix}-${name}`;
  const register = form.register;
  const optional = (label: string) => `${label} (${texts.partnership.optional})`;
  const groups = [
    { label: texts.partnership.sides.COMPANY, people: people.filter((person) => person.side === "COMPANY") },
    { label: texts.partnership.sides.NONPROFIT, people: people.filter((person) => person.side === "NONPROFIT") },
    { label: p.staffGroup, people: people.filter((person) => person.side === null) },
  ].filter((group) => group.people.length > 0);

  return (
    <form ref={formRef} aria-label={formLabel} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} error={text(formError)} />
      <HiddenFields values={{ partnershipId, activityId: activity?.id ?? "" }} />
      <fieldset>
        <legend className="font-semibold">{p.fields.kind}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          {ACTIVITY_KINDS.map((kind) => (
            <label key={kind} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" value={kind} className="size-5" defaultChecked={(activity?.kind ?? "ACTIVITY") === kind} {...register("kind")} />
              {p.kinds[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField id={id("title")} type="text" label={p.fields.title} defaultValue={activity?.title} error={text(errorOf("title"))} registration={register("title")} />
      <TextareaField id={id("description")} rows={2} label={optional(p.fields.description)} defaultValue={activity?.description} error={text(errorOf("description"))} registration={register("description")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={id("startsOn")} type="date" label={optional(p.fields.startsOn)} defaultValue={activity?.startsOn} error={text(errorOf("startsOn"))} registration={register("startsOn")} />
        <TextField id={id("dueOn")} type="date" label={p.fields.dueOn} defaultValue={activity?.dueOn} error={text(errorOf("dueOn"))} registration={register("dueOn")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("ownerId")} label={optional(p.fields.ownerId)} error={text(errorOf("ownerId"))}>
          {(control) => (
            <select className={inputClass} defaultValue={activity?.ownerId} {...control} {...register("ownerId")}>
              <option value="">{p.noOwner}</option>
              {groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.people.map((person) => (
                    <option key={person.id} value={person.id}>{person.name}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <SelectField
          id={id("ownerSide")}
          label={optional(p.fields.ownerSide)}
          placeholder={p.noSide}
          options={PARTY_SIDES.map((side) => ({ value: side, label: texts.partnership.sides[side] }))}
          defaultValue={activity?.ownerSide}
          error={text(errorOf("ownerSide"))}
          registration={register("ownerSide")}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={activity ? texts.partnership.saving : texts.partnership.adding}>{activity ? p.saveActivity : p.addActivity}</SubmitButton>
    </form>
  );
}
