import type { UseFormRegisterReturn } from "react-hook-form";

export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

type TextFieldProps = {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  required?: boolean;
  requiredLabel?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "required">;

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({ id, label, registration, error, hint, required, requiredLabel, className, ...inputProps }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
        {required && requiredLabel ? <span className="font-normal text-muted"> ({requiredLabel})</span> : null}
      </label>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-muted">{hint}</p> : null}
      <input
        id={id}
        className={className ? `${inputClass} ${className}` : inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={required || undefined}
        {...inputProps}
        {...registration}
      />
      {error ? <p id={`${id}-error`} className="mt-1 text-danger">{error}</p> : null}
    </div>
  );
}

type CheckboxFieldProps = { id: string; label: React.ReactNode; registration: UseFormRegisterReturn; error?: string };

export function CheckboxField({ id, label, registration, error }: CheckboxFieldProps) {
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 size-6 shrink-0 accent-primary"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...registration}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {error ? <p id={`${id}-error`} className="mt-1 text-danger">{error}</p> : null}
    </div>
  );
}
