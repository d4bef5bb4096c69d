"use client";

import { useEffect, useRef } from "react";
import type { PartnershipFormState } from "@/app/_actions/partnerships/run-partnership-action";
import type { Messages } from "@/lib/i18n/get-messages";

export type MonitoringTexts = Messages["monitoring"];
type ErrorKey = keyof MonitoringTexts["errors"];

export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

/** A message key from zod or a service, in the reader's language (unknown keys shown as they are). */
export function errorText(t: MonitoringTexts, key: string | undefined): string | undefined {
  if (!key) return undefined;
  return Object.hasOwn(t.errors, key) ? t.errors[key as ErrorKey] : t.errors.generic;
}

/** The form-level error of an action state (not tied to one field). */
export function formErrorOf(t: MonitoringTexts, state: PartnershipFormState): string | undefined {
  if (state.status !== "error") return undefined;
  return errorText(t, state.formError ?? state.fieldErrors?.form ?? state.fieldErrors?.partnershipId);
}

/** Calls `onSaved` once per successful save (to reset the form). */
export function useOnSaved(state: PartnershipFormState, onSaved: () => void) {
  const seen = useRef<number | null>(null);
  const callback = useRef(onSaved);
  useEffect(() => {
    callback.current = onSaved;
  });
  useEffect(() => {
    if (state.status === "saved" && seen.current !== state.savedAt) {
      seen.current = state.savedAt;
      callback.current();
    }
  }, [state]);
}

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
};

/** A labelled control with its hint and error wired to it for screen readers. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="font-semibold">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p> : null}
      {children({ id, ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {error ? <p id={`${id}-error`} className="mt-1 text-danger">{error}</p> : null}
    </div>
  );
}
