import type { ReactNode, SelectHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { inputClass } from "./control-styles";
import { Field } from "./field";

export type SelectOption = { value: string; label: string; disabled?: boolean };

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  options: SelectOption[];
  /** A first, empty choice ("— scegli —"); its value is "". */
  placeholder?: string;
  registration?: UseFormRegisterReturn;
  className?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "required">;

/** A labelled select with its options. */
export function SelectField({ id, label, hint, error, required, requiredLabel, options, placeholder, registration, className, ...select }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} requiredLabel={requiredLabel} className={className}>
      {(control) => (
        <select className={inputClass} {...control} {...select} {...registration}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
