/**
 * Where to go after login: only a path inside this site. Anything else (another origin,
 * a protocol-relative "//host", backslash tricks browsers read as "//", javascript:)
 * falls back to `fallback`, so the login page cannot be used as an open redirect.
 */
export function safeCallbackUrl(value: unknown, siteOrigin: string, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  let candidate: URL;
  try {
    candidate = new URL(value, siteOrigin);
  } catch {
    return fallback;
  }
  if (candidate.origin !== new URL(siteOrigin).origin) return fallback;
  // A relative value that the URL parser resolved inside the site can still start with
  // "//" or "/\\" once reused as a string: rebuild it from the parsed parts instead.
  const path = `${candidate.pathname}${candidate.search}${candidate.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
