import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { checkboxClass } from "./control-styles";

export type RadioOption = { value: string; label: ReactNode; hint?: ReactNode };

type Props = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: RadioOption[];
  /** register(name) of the field, or `name` for a plain form. */
  registration?: UseFormRegisterReturn;
  name?: string;
  /** The option checked at first (with a registration too: react-hook-form sets it only once hydrated). */
  defaultValue?: string;
  /** Lay the options side by side on wider screens. */
  inline?: boolean;
};

/**
 * One choice among a few: a fieldset whose legend names the question, native radio buttons
 * (arrow keys move between them, screen readers say "1 of 3"), each with its label and hint.
 */
export function RadioGroup({ id, legend, hint, error, options, registration, name, defaultValue, inline }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-muted">{hint}</p> : null}
      <div className={`mt-2 grid gap-2 ${inline ? "sm:grid-cols-3" : ""}`}>
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type="radio"
                value={option.value}
                className={checkboxClass}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                // Checked in the server's HTML too, so the form is right before hydration and without JavaScript.
                defaultChecked={defaultValue === option.value}
                {...(registration ?? { name })}
              />
              {/* The hint outside the label: the option's name stays short ("Mai"), the hint is its description. */}
              <div>
                <label htmlFor={optionId}>{option.label}</label>
                {option.hint ? <p id={`${optionId}-hint`} className="text-sm text-muted">{option.hint}</p> : null}
              </div>
            </div>
          );
        })}
      </div>
      {error ? <p id={`${id}-error`} className="mt-1 text-danger">{error}</p> : null}
    </fieldset>
  );
}
