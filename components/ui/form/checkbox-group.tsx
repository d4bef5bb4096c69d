import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { checkboxClass } from "./control-styles";

export type CheckboxOption = { value: string; label: ReactNode; hint?: ReactNode };

type Props = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: CheckboxOption[];
  /** register(name) of an array field; or give `name` and `defaultValues` for a plain form. */
  registration?: UseFormRegisterReturn;
  name?: string;
  defaultValues?: string[];
  /** Lay the options out in columns on wider screens. */
  columns?: 1 | 2 | 3;
};

const columnClass = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-2 lg:grid-cols-3" } as const;

/** Several choices of one question: a fieldset with its legend, each box labelled. */
export function CheckboxGroup({ id, legend, hint, error, options, registration, name, defaultValues, columns = 1 }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-muted">{hint}</p> : null}
      <div className={`mt-2 grid gap-2 ${columnClass[columns]}`}>
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type="checkbox"
                value={option.value}
                className={checkboxClass}
                {...(registration ?? { name, defaultChecked: defaultValues?.includes(option.value) })}
              />
              <label htmlFor={optionId}>
                {option.label}
                {option.hint ? <span className="block text-sm text-muted">{option.hint}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
      {error ? <p id={`${id}-error`} className="mt-1 text-danger">{error}</p> : null}
    </fieldset>
  );
}
