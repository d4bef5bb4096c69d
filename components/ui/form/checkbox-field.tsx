import type { InputHTMLAttributes, ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { checkboxClass } from "./control-styles";

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration?: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type">;

/** One checkbox with its label beside it (a consent, a confirmation). */
export function CheckboxField({ id, label, hint, error, registration, ...input }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <div className="flex items-start gap-3">
        <input id={id} type="checkbox" className={checkboxClass} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} {...registration} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-muted">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="mt-1 text-danger">{error}</p> : null}
    </div>
  );
}
