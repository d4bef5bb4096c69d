/**
 * Could this be one of our record ids (cuid: letters, digits, at most 64 characters)? What
 * a URL segment or a form names is checked with it before it reaches a query, so that a
 * NUL byte, a 10,000-character segment or other junk is simply "not found" (404), never a
 * database error (500).
 */
export function isPlausibleId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
