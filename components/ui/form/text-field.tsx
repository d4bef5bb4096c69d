import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { inputClass } from "./control-styles";
import { Field } from "./field";

type Common = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  /** react-hook-form's register(name); without it, give `name` for a plain form. */
  registration?: UseFormRegisterReturn;
  className?: string;
};

/** A labelled text input (text, email, number, date, password…). */
export function TextField({ id, label, hint, error, required, requiredLabel, registration, className, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "required">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} requiredLabel={requiredLabel} className={className}>
      {(control) => <input className={inputClass} {...control} {...input} {...registration} />}
    </Field>
  );
}

/** A labelled multi-line text. */
export function TextareaField({ id, label, hint, error, required, requiredLabel, registration, className, rows = 4, ...textarea }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "required">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} requiredLabel={requiredLabel} className={className}>
      {(control) => <textarea rows={rows} className={inputClass} {...control} {...textarea} {...registration} />}
    </Field>
  );
}
