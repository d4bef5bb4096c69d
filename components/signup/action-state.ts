/**
 * What a signup-area server action answers to `useActionState`. Messages and field
 * errors are catalog keys (of `signup.validation`, or of `signup` for `message`), so
 * the form shows them in the visitor's language.
 */
export type FormActionState = {
  status: "idle" | "error" | "done";
  message?: string;
  fieldErrors?: Record<string, string>;
};

export const IDLE_STATE: FormActionState = { status: "idle" };
