"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import type { buttonStyles } from "@/components/ui/button-styles";
import { HiddenFields } from "./hidden-fields";
import { SubmitButton } from "./submit-button";
import { fillRetryAfter, translateKey } from "./translate-key";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields the action needs (ids, the new state). */
  fields: Record<string, string>;
  label: string;
  /** The full name for screen readers when the visible label needs its context. */
  accessibleLabel?: string;
  pendingLabel?: string;
  variant?: keyof typeof buttonStyles;
  className?: string;
} & (
  | {
      /** The text of a refusal's message key (a client component can pass a function). */
      errorText: (key: string | undefined) => string | undefined;
      catalogues?: never;
    }
  | {
      /** The catalogues a refusal's key is looked up in, most specific first (translateKey): what a server component passes. */
      catalogues: Array<Record<string, string>>;
      errorText?: never;
    }
);

/**
 * One button that runs one action (tick, delete, approve…), with the refusal shown next to
 * it. A plain form posting to a server action: it works before hydration too.
 */
export function ActionButton({ action, fields, label, accessibleLabel, pendingLabel, variant = "secondary", className, errorText, catalogues }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  // A refused field says more than "some fields need correcting": show its own message.
  const fieldError = Object.values(state.fieldErrors ?? {})[0];
  const errorKey =
    state.status !== "error"
      ? undefined
      : state.httpStatus === 429 && state.retryAfter
        ? "rateLimitedFor"
        : state.message === "formHasErrors" && fieldError
          ? fieldError
          : (state.message ?? fieldError);
  const text = errorText ? errorText(errorKey) : translateKey(errorKey, ...(catalogues ?? []));
  const error = text ? fillRetryAfter(text, state.retryAfter) : undefined;
  return (
    <form action={formAction} className={className}>
      <HiddenFields values={fields} />
      <SubmitButton variant={variant} pending={pending} pendingLabel={pendingLabel} aria-label={accessibleLabel}>
        {label}
      </SubmitButton>
      {error ? <p role="alert" className="mt-1 text-danger">{error}</p> : null}
    </form>
  );
}
