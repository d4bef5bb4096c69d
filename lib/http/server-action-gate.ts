// Next refuses a cross-origin server action and an oversized body itself, but answers both
// with a 500 (its action handler throws, and a thrown error is a 500). proxy.ts runs this
// first, so that the same refusals are a 403 and a 413, before Next reads the body.

/** experimental.serverActions.bodySizeLimit in next.config.js ("3mb"): keep the two equal. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

// Route handlers that take a multipart form themselves (with their own, larger limit and
// their own Origin check): a form post to them is no server action.
const FORM_ROUTE_HANDLERS = [/^\/partnerships\/[^/]+\/documents\/?$/];

/**
 * Could Next treat this request as a server action? A POST carrying `Next-Action` (what the
 * client sends), or a form post to a page (a progressively enhanced form without JavaScript)
 * — not to one of the route handlers above.
 */
export function isPossibleServerAction(method: string, headers: Headers, pathname = "/"): boolean {
  if (method !== "POST") return false;
  if (headers.has("next-action")) return true;
  if (FORM_ROUTE_HANDLERS.some((pattern) => pattern.test(pathname))) return false;
  const type = (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return FORM_TYPES.includes(type);
}

/** The host Next compares the Origin with: the first X-Forwarded-Host, else Host. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/**
 * The status to answer a possible server action with instead of letting Next run it, or
 * null to let it through:
 *  - 403: an Origin that is not the request's own host (the rule Next applies, without its
 *    500), "null" or unparsable. A request without Origin is no browser's cross-site
 *    request (browsers send Origin with every POST) and passes, as in Next;
 *  - 413: a declared body over the limit;
 *  - 411: a chunked body (no Content-Length), whose size could only be learnt by reading
 *    past the limit; browsers always declare the length of a form or fetch body.
 */
export function serverActionRefusal(headers: Headers): 403 | 411 | 413 | null {
  const origin = headers.get("origin");
  if (origin !== null) {
    const host = requestHost(headers);
    if (!host || originHost(origin) !== host) return 403;
  }
  const length = headers.get("content-length");
  if (length === null) return headers.has("transfer-encoding") ? 411 : null;
  const bytes = Number(length);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return 411;
  if (bytes > SERVER_ACTION_BODY_LIMIT_BYTES) return 413;
  return null;
}
