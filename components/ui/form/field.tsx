import type { ReactNode } from "react";
import { controlProps, type ControlProps } from "./control-props";

export type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The error text (already translated); shown under the control and announced with it. */
  error?: string;
  required?: boolean;
  /** "obbligatorio" / "required", shown next to the label of a required field. */
  requiredLabel?: string;
  /** The control, or a function that receives its id and aria attributes. */
  children: ReactNode | ((control: ControlProps) => ReactNode);
  className?: string;
};

/** A label above its control, an optional hint, and the error the control points to. */
export function Field({ id, label, hint, error, required, requiredLabel, children, className }: FieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
        {required && requiredLabel ? <span className="font-normal text-muted"> ({requiredLabel})</span> : null}
      </label>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-muted">{hint}</p> : null}
      {typeof children === "function" ? children(controlProps(id, { hint, error, required })) : children}
      {error ? <p id={`${id}-error`} className="mt-1 text-danger">{error}</p> : null}
    </div>
  );
}
