import { type NextRequest, NextResponse } from "next/server";
import { decodesCleanly } from "@/lib/http/decodes-cleanly";
import { isPossibleServerAction, serverActionRefusal } from "@/lib/http/server-action-gate";
import { isDecodableActionBody } from "@/lib/http/server-action-reply";
import { noncePolicy } from "@/lib/http/content-security-policy.mjs";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";

// The proxy only does what must happen before rendering: a request id for the logs, a
// per-request nonce for the Content Security Policy, the refusal of cross-origin and
// oversized server actions (403/413 rather than Next's 500), and an early redirect to login for
// visitors with no session cookie at all. It is never the access check: every protected page, action and route
// handler calls a guard of lib/auth, which re-reads the user from the database.
//
// It does not run for the landing page of an anonymous visitor (see `config` below): next.config.js
// rewrites that "/" to the page's cached twin, app/(public)/landing/[locale], served from Next's
// cache with a policy of its own (the hashes of its inline scripts, written into the cache entry
// by lib/http/landing-cache-handler.mjs). Each run of the proxy costs about as much as serving
// that cached page, so skipping it is what lets the landing page stand a crowd.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const PROTECTED_PREFIXES = ["/workspace", "/staff", "/admin"];
// No route matches it, so a rewrite to it renders the app's not-found page with a 404.
const NOT_FOUND_PATH = "/_insieme/not-found";

// Next inlines NODE_ENV at build time; this is not configuration read at run time.
// eslint-disable-next-line no-restricted-properties
const isDev = process.env.NODE_ENV !== "production";

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Kept from a proxy in front of us when it is a plain token, so logs can be joined; the
  // response echoes it, so a user's error report can be matched to the log lines.
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);

  // Route handlers (the health probe, next-auth) get the request id only: no redirect, no
  // CSP. A path that does not decode names none of them: 404 (Next would answer 500).
  if (pathname.startsWith("/api/")) {
    if (!decodesCleanly(pathname)) {
      const notFound = NextResponse.json({ error: "not-found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
      notFound.headers.set(REQUEST_ID_HEADER, requestId);
      return notFound;
    }
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  }

  // A cross-origin or oversized server action, or one whose arguments Next cannot decode:
  // refused here with 403/413/411/400, as Next itself would only answer it with a 500.
  if (isPossibleServerAction(request.method, request.headers, pathname)) {
    const refusal = serverActionRefusal(request.headers) ?? (request.headers.has("next-action") && !(await isDecodableActionBody(request)) ? 400 : null);
    if (refusal !== null) {
      const errors = { 400: "invalid-action-arguments", 403: "forbidden", 411: "length-required", 413: "payload-too-large" } as const;
      const response = NextResponse.json({ error: errors[refusal] }, { status: refusal, headers: { "Cache-Control": "no-store" } });
      response.headers.set(REQUEST_ID_HEADER, requestId);
      return response;
    }
  }

  // A path whose %-encoding is not valid UTF-8 names no page: the not-found page (404),
  // before Next tries to decode it into route parameters.
  if (!decodesCleanly(pathname)) {
    return withContentSecurityPolicy(requestHeaders, requestId, (init) => NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), init));
  }

  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSessionCookie && PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    const redirect = NextResponse.redirect(login);
    redirect.headers.set(REQUEST_ID_HEADER, requestId);
    return redirect;
  }

  return withContentSecurityPolicy(requestHeaders, requestId, (init) => NextResponse.next(init));
}

/** A page response with a fresh nonce: in the request headers for rendering, the policy in the response. */
function withContentSecurityPolicy(
  requestHeaders: Headers,
  requestId: string,
  respond: (init: { request: { headers: Headers } }) => NextResponse,
): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = noncePolicy(nonce, { dev: isDev });
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = respond({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

// Prefetches are left alone, as before. "/" is matched only for what the cached landing page
// cannot answer: a signed-in visitor, one who chose English, a possible server action (a
// next-action or a content-type header). These are exactly the conditions under which the
// rewrite of next.config.js does not apply (tests/unit/http/landing-routing.test.ts keeps the
// two in step; a matcher must be written out literally). The cached page's own paths,
// /landing/it and /landing/en, are never matched: reached directly they are the same public
// page. Any other /landing/… is, so a path that does not decode is refused here with 400.
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|landing/(?:it|en)$).+)", missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/", has: [{ type: "cookie", key: "next-auth.session-token" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/", has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/", has: [{ type: "cookie", key: "insieme-locale", value: "en" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/", has: [{ type: "header", key: "next-action" }] },
    { source: "/", has: [{ type: "header", key: "content-type" }] },
  ],
};
