"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Controller, useForm, type FieldValues } from "react-hook-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { type DataStep, stepSchemaOf } from "@/lib/profiles/questionnaire/step-schemas";
import type { FieldSpec, SaveStepOutcome, StepFormTexts } from "./field-spec";

const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

type StepFormProps = {
  kind: OrganizationKind;
  step: DataStep;
  title: string;
  fields: FieldSpec[];
  defaults: FieldValues;
  texts: StepFormTexts;
  backHref: string | null;
  nextHref: string;
  save: (step: number, values: unknown) => Promise<SaveStepOutcome>;
};

/** One step of the questionnaire: validated in the browser and again by the server, saved on Next and Back. */
export function StepForm({ kind, step, title, fields, defaults, texts, backHref, nextHref, save }: StepFormProps) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    trigger,
    getValues,
    setError,
    formState: { errors },
  } = useForm<FieldValues>({ resolver: zodResolver(stepSchemaOf(kind, step)), defaultValues: defaults });

  // A new step is a new "page" for screen-reader users: move focus to its title.
  useEffect(() => heading.current?.focus(), []);

  async function saveAndGo(values: FieldValues, href: string) {
    setBusy(true);
    setFormError(null);
    try {
      const outcome = await save(step, values);
      if (outcome.ok) {
        router.push(href);
        router.refresh();
        return;
      }
      for (const [name, key] of Object.entries(outcome.fieldErrors ?? {})) setError(name, { message: key });
      setFormError(outcome.formError === "notEditable" ? texts.notEditable : texts.saveFailed);
    } finally {
      setBusy(false);
    }
  }

  async function goBack() {
    if (!backHref) return;
    // Back keeps valid answers; an unfinished step is left as it was saved before.
    if (await trigger()) await saveAndGo(getValues(), backHref);
    else router.push(backHref);
  }

  const errorOf = (name: string) => {
    const key = errors[name]?.message;
    return typeof key === "string" ? (texts.errors[key] ?? key) : undefined;
  };

  return (
    <form onSubmit={handleSubmit((values) => saveAndGo(values, nextHref))} noValidate className="space-y-6">
      <h2 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">{title}</h2>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {fields.map((field) => {
        const error = errorOf(field.name);
        const id = `field-${field.name}`;
        const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
        const hint = field.hint ? <p id={`${id}-hint`} className="text-sm text-muted">{field.hint}</p> : null;
        const message = error ? <p id={`${id}-error`} className="mt-1 font-semibold text-danger">{error}</p> : null;
        const invalid = error ? true : undefined;
        if (field.type === "checkboxes") {
          return (
            <fieldset key={field.name} aria-describedby={describedBy} aria-invalid={invalid} className="rounded-md border border-line p-4">
              <legend className="px-1 font-semibold">{field.label}</legend>
              {hint}
              {message}
              <Controller
                control={control}
                name={field.name}
                render={({ field: controlled }) => {
                  const chosen: unknown[] = Array.isArray(controlled.value) ? controlled.value : [];
                  return (
                    <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
                      {field.options.map((option) => {
                        const optionId = `${id}-${String(option.value)}`;
                        return (
                          <li key={String(option.value)}>
                            <label htmlFor={optionId} className="flex min-h-11 cursor-pointer items-center gap-3 py-1">
                              <input
                                id={optionId}
                                type="checkbox"
                                className="size-5 shrink-0 accent-primary"
                                checked={chosen.includes(option.value)}
                                onChange={(event) =>
                                  controlled.onChange(
                                    event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value),
                                  )
                                }
                                onBlur={controlled.onBlur}
                              />
                              <span>{option.label}</span>
                            </label>
                          </li>
                        );
                      })}
                    </ul>
                  );
                }}
              />
            </fieldset>
          );
        }
        return (
          <div key={field.name}>
            <label htmlFor={id} className="font-semibold">{field.label}</label>
            {hint}
            {field.type === "select" ? (
              <select id={id} className={inputClass} aria-invalid={invalid} aria-describedby={describedBy} {...register(field.name)}>
                <option value="">{field.placeholder}</option>
                {field.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
              </select>
            ) : field.type === "textarea" ? (
              <textarea id={id} rows={6} className={inputClass} aria-invalid={invalid} aria-describedby={describedBy} {...register(field.name)} />
            ) : field.type === "number" ? (
              <div className="flex max-w-sm items-center gap-3">
                <input id={id} type="number" inputMode="numeric" min={0} step={field.step ?? 1} className={inputClass} aria-invalid={invalid} aria-describedby={describedBy} {...register(field.name, { valueAsNumber: true })} />
                <span className="mt-1 shrink-0 text-muted">{field.unit}</span>
              </div>
            ) : (
              <input id={id} type="text" className={inputClass} aria-invalid={invalid} aria-describedby={describedBy} {...register(field.name)} />
            )}
            {message}
          </div>
        );
      })}
      <div className="flex flex-wrap justify-between gap-3 border-t border-line pt-6">
        {backHref ? (
          <button type="button" className={buttonStyles.secondary} onClick={goBack} disabled={busy}>{texts.back}</button>
        ) : <span />}
        <button type="submit" className={buttonStyles.primary} disabled={busy}>{busy ? texts.saving : texts.next}</button>
      </div>
    </form>
  );
}
