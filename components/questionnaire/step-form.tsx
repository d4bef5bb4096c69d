"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useRef, type FormEvent } from "react";
import type { FieldValues } from "react-hook-form";
import {
  CheckboxGroup,
  ComboboxField,
  Field,
  FormMessage,
  HiddenFields,
  inputClass,
  SelectField,
  SubmitButton,
  TextareaField,
  TextField,
  translateKey,
  useActionForm,
  type FormServerAction,
} from "@/components/ui/form";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { type DataStep, stepSchemaOf } from "@/lib/profiles/questionnaire/step-schemas";
import type { FieldSpec, StepFormTexts } from "./field-spec";
import { Notice } from "@/components/ui/notice";

type ComuneResult = { value: string; name: string; province: string; region: string };
type AtecoResult = { code: string; titleIt: string; titleEn: string };

const comuneOption = (result: ComuneResult) => ({ value: result.value, label: `${result.name} (${result.province}) — ${result.region}` });
const atecoOptionIn = (locale: "it" | "en") => (result: AtecoResult) => ({ value: result.code, label: `${result.code} — ${locale === "it" ? result.titleIt : result.titleEn}` });
const ATECO_OPTION = { it: atecoOptionIn("it"), en: atecoOptionIn("en") };

type StepFormProps = {
  kind: OrganizationKind;
  locale: "it" | "en";
  step: DataStep;
  title: string;
  fields: FieldSpec[];
  defaults: FieldValues;
  texts: StepFormTexts;
  backHref: string | null;
  /** Saves the step, then opens the next (or, with intent=back, the previous) one. */
  action: FormServerAction;
};

/**
 * One step of the questionnaire: checked in the browser and again by the server, saved on
 * Next and on Back. It posts as a plain form too, before the page is hydrated.
 */
export function StepForm({ kind, locale, step, title, fields, defaults, texts, backHref, action }: StepFormProps) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: stepSchemaOf(kind, step), action, defaultValues: defaults });

  // A new step is a new "page" for screen-reader users: move focus to its title.
  useEffect(() => heading.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (!(submitter instanceof HTMLButtonElement && submitter.value === "back")) return onSubmit(event);
    // Back keeps valid answers; an unfinished step is left as it was saved before.
    event.preventDefault();
    const element = event.currentTarget;
    void form.trigger().then((valid) => {
      if (!valid) {
        if (backHref) router.push(backHref);
        return;
      }
      const data = new FormData(element);
      data.set("intent", "back");
      startTransition(() => formAction(data));
    });
  }

  const text = (key: string | undefined) => translateKey(key, texts.errors, texts.forms);

  return (
    <form action={formAction} onSubmit={submit} noValidate className="space-y-6">
      <h2 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">{title}</h2>
      <FormMessage state={state} error={text(formError)} />
      <HiddenFields values={{ step: String(step) }} />
      {fields.map((field) => {
        const id = `field-${field.name}`;
        const error = text(errorOf(field.name));
        const registration = form.register(field.name);
        switch (field.type) {
          case "combobox":
            return (
              <div key={field.name} className="space-y-2">
                {field.notice ? <Notice tone="warning">{field.notice}</Notice> : null}
                <ComboboxField
                  id={id}
                  name={field.name}
                  control={form.control}
                  label={field.label}
                  hint={field.hint}
                  error={error}
                  endpoint={`/api/${field.registry}`}
                  toOption={(field.registry === "ateco" ? ATECO_OPTION[locale] : comuneOption) as (result: never) => { value: string; label: string }}
                  initialLabel={field.initialLabel}
                  texts={{ results: texts.forms.comboboxResults ?? "", noResults: texts.forms.comboboxNoResults ?? "" }}
                />
              </div>
            );
          case "checkboxes":
            return (
              <div key={field.name} className="rounded-md border border-line p-4">
                <CheckboxGroup id={id} legend={field.label} hint={field.hint} error={error} options={field.options} registration={registration} columns={2} />
              </div>
            );
          case "select":
            return <SelectField key={field.name} id={id} label={field.label} hint={field.hint} error={error} placeholder={field.placeholder} options={field.options} registration={registration} />;
          case "textarea":
            return <TextareaField key={field.name} id={id} label={field.label} hint={field.hint} error={error} rows={6} registration={registration} />;
          case "number":
            return (
              <Field key={field.name} id={id} label={field.label} hint={field.hint} error={error}>
                {(control) => (
                  <div className="flex max-w-sm items-center gap-3">
                    <input type="number" inputMode="numeric" min={0} step={field.step ?? 1} className={inputClass} {...control} {...registration} />
                    <span className="mt-1 shrink-0 text-muted">{field.unit}</span>
                  </div>
                )}
              </Field>
            );
          case "text":
            return <TextField key={field.name} id={id} label={field.label} hint={field.hint} error={error} type="text" registration={registration} />;
        }
      })}
      <div className="flex flex-wrap justify-between gap-3 border-t border-line pt-6">
        {backHref ? (
          <SubmitButton variant="secondary" name="intent" value="back" pending={pending}>{texts.back}</SubmitButton>
        ) : <span />}
        <SubmitButton pending={pending} pendingLabel={texts.saving}>{texts.next}</SubmitButton>
      </div>
    </form>
  );
}
