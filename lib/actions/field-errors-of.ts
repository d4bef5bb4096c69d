import type { z } from "zod";

/**
 * The first message of each field of a failed parse: what a form shows under each input.
 * Nested paths are joined with dots ("answers.causes"), or cut to the top-level field with
 * `topLevel` (a checkbox group's "causes", not "causes.2"); an issue about the whole object
 * goes to "form".
 */
export function fieldErrorsOf(error: z.ZodError, options: { topLevel?: boolean } = {}): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = options.topLevel ? issue.path.slice(0, 1) : issue.path;
    const field = path.map(String).join(".") || "form";
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}
