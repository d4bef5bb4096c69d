import type { BaseSyntheticEvent } from "react";
import { startTransition } from "react";

/**
 * The react-hook-form submit handler for a form whose server action runs through
 * `useActionState`: once the browser-side checks pass, send the form's own FormData to
 * the action (which parses it again with the same schema).
 */
export function submitToAction(formAction: (formData: FormData) => void) {
  return (_values: unknown, event?: BaseSyntheticEvent) => {
    const form = event?.target;
    if (form instanceof HTMLFormElement) {
      const formData = new FormData(form);
      startTransition(() => formAction(formData));
    }
  };
}
