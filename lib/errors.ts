// Typed errors thrown by lib services. Actions and route handlers map them to a message,
// a field error or an HTTP status; anything else is a bug and becomes a 500.

/** The caller may not do this (or may not know the target exists: see NotFoundError). */
export class ForbiddenError extends Error {
  override readonly name = "ForbiddenError";
}

/** Not there, or not visible to the caller: the two are answered alike, so ids leak nothing. */
export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
}

/** The input breaks a business rule; `field` names the form field when there is one. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Someone else changed the row since the caller read it (optimistic concurrency): reload and retry. */
export class ConflictError extends Error {
  override readonly name = "ConflictError";
}

/**
 * Too many requests of one kind from one caller: answered like a 429, with when to retry
 * (required, so that every rate-limited answer can say "try again in N minutes").
 */
export class RateLimitedError extends Error {
  override readonly name = "RateLimitedError";
  constructor(readonly retryAfterSeconds: number) {
    super("rateLimited");
  }
}
