/** Too many requests of one kind from one address or for one e-mail: answered like a 429. */
export class RateLimitedError extends Error {
  override readonly name = "RateLimitedError";
  constructor() {
    super("rateLimited");
  }
}
