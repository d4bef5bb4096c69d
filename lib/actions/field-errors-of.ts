import type { z } from "zod";

/**
 * The first message of each field of a failed parse: what a form shows under each input.
 * Nested paths are joined with dots ("answers.causes"); an issue about the whole object
 * goes to "form".
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}
