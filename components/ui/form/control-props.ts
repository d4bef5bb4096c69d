/** The accessibility attributes that tie a control to its hint and error (ids as Field writes them). */
export type ControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  "aria-required"?: true;
};

export function controlProps(id: string, options: { hint?: unknown; error?: string; required?: boolean }): ControlProps {
  const describedBy = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return {
    id,
    ...(options.error ? { "aria-invalid": true as const } : {}),
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(options.required ? { "aria-required": true as const } : {}),
  };
}
