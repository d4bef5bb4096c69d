"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import type { PartnershipAction } from "./use-partnership-form";

type Props = {
  action: PartnershipAction;
  /** Hidden fields the action needs (ids, the new state). */
  fields: Record<string, string>;
  label: string;
  /** The full name for screen readers when the visible label needs its context (e.g. the item's text). */
  accessibleLabel?: string;
  pendingLabel?: string;
  variant?: keyof typeof buttonStyles;
  className?: string;
  /** Error texts by key; anything unknown shows `fallbackError`. */
  errors: Record<string, string>;
  fallbackError: string;
};

/** One button that runs one partnership action (tick, delete…), with the refusal shown next to it. */
export function InlineActionButton({ action, fields, label, accessibleLabel, pendingLabel, variant = "secondary", className, errors, fallbackError }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errorKey = state.status === "error" ? (state.formError ?? Object.values(state.fieldErrors ?? {})[0]) : undefined;
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={buttonStyles[variant]} aria-label={accessibleLabel} disabled={pending}>
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      {errorKey ? <p role="alert" className="mt-1 text-danger">{errors[errorKey] ?? fallbackError}</p> : null}
    </form>
  );
}
