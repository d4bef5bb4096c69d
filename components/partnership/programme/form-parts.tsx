"use client";

import { useActionState, useEffect, useTransition } from "react";
import type { PartnershipFormState } from "@/app/_actions/partnerships/run-partnership-action";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";

// Small pieces shared by the programme and communication forms.

export type FormAction = (state: PartnershipFormState, formData: FormData) => Promise<PartnershipFormState>;

/** The shared form texts (t.partnership.formErrors) plus the area's error keys. */
export type ErrorTexts = { formErrors: Record<string, string>; errors: Record<string, string> };

export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

export function resolveError(texts: ErrorTexts, key: string | undefined): string | undefined {
  if (!key) return undefined;
  return texts.errors[key] ?? texts.formErrors[key] ?? texts.formErrors.generic;
}

/** A label above its control, with an optional hint and the error the control points to. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p> : null}
      {children}
      {error ? <p id={`${id}-error`} className="mt-1 text-danger">{error}</p> : null}
    </div>
  );
}

/** aria attributes of a control with an optional hint and error (ids as Field writes them). */
export function describedBy(id: string, options: { hint?: boolean; error?: string }) {
  const ids = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null].filter(Boolean);
  return { "aria-invalid": options.error ? true : undefined, "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined } as const;
}

/** The form-level message of an action's answer (field errors are shown by their fields). */
export function FormMessage({ state, texts, saved }: { state: PartnershipFormState; texts: ErrorTexts; saved?: string }) {
  if (state.status === "saved" && saved) return <Notice tone="success">{saved}</Notice>;
  if (state.status !== "error") return null;
  const key = state.formError ?? state.fieldErrors?.form;
  return key ? <Notice tone="error">{resolveError(texts, key)}</Notice> : null;
}

/**
 * One button that posts a few hidden values (tick, delete, approve...). Works before
 * hydration too, since it is a plain form with a server action.
 */
export function ActionButton({
  action,
  values,
  label,
  accessibleLabel,
  tone = "secondary",
  texts,
}: {
  action: FormAction;
  values: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  tone?: keyof typeof buttonStyles;
  texts: ErrorTexts;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const error = state.status === "error" ? resolveError(texts, state.formError ?? Object.values(state.fieldErrors ?? {})[0]) : undefined;
  return (
    <form action={formAction} className="inline-block">
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={tone === "quiet" ? buttonStyles.quiet : buttonStyles[tone]} disabled={pending} aria-label={accessibleLabel}>
        {label}
      </button>
      {error ? <p role="alert" className="mt-1 text-danger">{error}</p> : null}
    </form>
  );
}

/**
 * Wires a react-hook-form form to a server action: validate on the client with the
 * operation's zod schema, then post the form's own fields (as typed) to the action,
 * which parses them again with the same schema. `onSaved` runs after each success.
 */
export function useActionForm(action: FormAction, onSaved: () => void) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const [pending, startTransition] = useTransition();
  const savedAt = state.status === "saved" ? state.savedAt : 0;
  useEffect(() => {
    if (savedAt) onSaved();
    // Only a new save should trigger it, not a new callback identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedAt]);
  const post = (form: HTMLFormElement) => startTransition(() => formAction(new FormData(form)));
  // `formAction` also goes on the form: before hydration it still posts to the server.
  return { state, pending, post, formAction };
}
