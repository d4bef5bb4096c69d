/**
 * What every server action of the app answers to its form (through `useActionState`).
 *
 * - `status`: "idle" before the first submit, "success" after a save, "error" when the input
 *   or a business rule refused it (nothing was written).
 * - `fieldErrors`: one message key per field name (dotted path for nested values); "form"
 *   holds an error that belongs to no single field.
 * - `message`: a message key for the form as a whole ("conflict", "forbidden", "rateLimited",
 *   "saved"...). Keys, not texts: the form shows them in the reader's language.
 * - `savedAt`: set on success, so that a form can react once per save (reset, close a dialog).
 * - `httpStatus`: the status a plain HTTP answer would have had (400, 403, 404, 409, 413, 429),
 *   for tests and logs; the page itself is always rendered.
 */
export type ActionState = {
  status: "idle" | "success" | "error";
  fieldErrors?: Record<string, string>;
  message?: string;
  savedAt?: number;
  httpStatus?: number;
  /** Seconds until a rate-limited caller may try again. */
  retryAfter?: number;
  /** What the service returned on success, when a form needs it (an id, a count). */
  data?: unknown;
};

export const IDLE: ActionState = { status: "idle" };

export function success(message?: string, data?: unknown): ActionState {
  return { status: "success", savedAt: Date.now(), ...(message ? { message } : {}), ...(data !== undefined ? { data } : {}) };
}

export function failure(message: string, httpStatus = 400, fieldErrors?: Record<string, string>): ActionState {
  return { status: "error", message, httpStatus, ...(fieldErrors ? { fieldErrors } : {}) };
}

/**
 * The message key a form shows above its fields after an error: a rate limit that says
 * when to retry becomes "rateLimitedFor" (its text names the minutes, see fillRetryAfter).
 */
export function formErrorKeyOf(state: ActionState): string | undefined {
  if (state.status !== "error") return undefined;
  if (state.httpStatus === 429 && state.retryAfter) return "rateLimitedFor";
  return state.message && state.message !== "formHasErrors" ? state.message : state.fieldErrors?.form;
}

/** The message key to show for a field: the server's, when the form has no fresher one. */
export function fieldErrorOf(state: ActionState, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[field] : undefined;
}
