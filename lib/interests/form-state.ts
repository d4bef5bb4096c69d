import { NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import type { z } from "zod";

/**
 * What an interest or introduction action answers to its form. Messages are catalog keys
 * (`suggestions.errors` for the form, `suggestions.validation` for fields), resolved by the
 * form in the reader's language.
 */
export type InterestFormState = {
  status: "idle" | "ok" | "error";
  formError?: string;
  fieldErrors?: Record<string, string>;
};

export const IDLE: InterestFormState = { status: "idle" };

export function fromZodError(error: z.ZodError): InterestFormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  return { status: "error", fieldErrors };
}

/** Typed errors become a state; anything else is a bug and is thrown on. */
export function fromServiceError(error: unknown): InterestFormState {
  if (error instanceof NotFoundError) return { status: "error", formError: "notFound" };
  if (error instanceof RateLimitedError) return { status: "error", formError: "rateLimited" };
  if (error instanceof ValidationError) {
    return error.field ? { status: "error", fieldErrors: { [error.field]: error.message } } : { status: "error", formError: error.message };
  }
  throw error;
}
