"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonStyles } from "@/components/ui/button-styles";

type Props = {
  children: ReactNode;
  /** Shown while the form is being sent ("Invio…"); the button is disabled meanwhile. */
  pendingLabel?: ReactNode;
  /** From useActionForm; without it the button asks the enclosing form (useFormStatus). */
  pending?: boolean;
  variant?: keyof typeof buttonStyles;
  className?: string;
  name?: string;
  value?: string;
  "aria-label"?: string;
};

/** The submit button of a form: disabled and saying so while the form is being sent. */
export function SubmitButton({ children, pendingLabel, pending, variant = "primary", className, name, value, "aria-label": ariaLabel }: Props) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-label={ariaLabel}
      className={className ? `${buttonStyles[variant]} ${className}` : buttonStyles[variant]}
      disabled={busy}
      aria-disabled={busy || undefined}
    >
      {busy && pendingLabel ? pendingLabel : children}
    </button>
  );
}
