/** One field of a wizard step, with its texts already in the reader's language. */
export type FieldSpec =
  | { name: string; type: "text" | "textarea"; label: string; hint?: string }
  | { name: string; type: "number"; label: string; hint?: string; unit: string; step?: number }
  | { name: string; type: "select"; label: string; hint?: string; placeholder: string; options: { value: string; label: string }[] }
  | { name: string; type: "checkboxes"; label: string; hint?: string; options: { value: string | number; label: string }[] };

export type StepFormTexts = {
  back: string;
  next: string;
  saving: string;
  saveFailed: string;
  notEditable: string;
  errors: Record<string, string>;
};

export type SaveStepOutcome = { ok: true } | { ok: false; fieldErrors?: Record<string, string>; formError?: "notEditable" | "saveFailed" };
