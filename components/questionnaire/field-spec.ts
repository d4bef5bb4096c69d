/** One field of a wizard step, with its texts already in the reader's language (plain data for the client form). */
export type FieldSpec =
  | { name: string; type: "text" | "textarea"; label: string; hint?: string }
  | { name: string; type: "number"; label: string; hint?: string; unit: string; step?: number }
  | { name: string; type: "select"; label: string; hint?: string; placeholder: string; options: { value: string; label: string }[] }
  | { name: string; type: "checkboxes"; label: string; hint?: string; options: { value: string; label: string }[] }
  | {
      name: string;
      type: "combobox";
      label: string;
      hint?: string;
      registry: "comuni" | "ateco";
      /** The words of the stored value (the ATECO title of a stored code). */
      initialLabel?: string;
      /** Shown above the field: the ATECO 2025 code suggested for a stored ATECO 2007 one. */
      notice?: string;
    };

export type StepFormTexts = {
  back: string;
  next: string;
  saving: string;
  errors: Record<string, string>;
  forms: Record<string, string>;
};
