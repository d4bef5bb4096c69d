import { type NextRequest, NextResponse } from "next/server";
import { decodesCleanly } from "@/lib/http/decodes-cleanly";
import { isPossibleServerAction, serverActionRefusal } from "@/lib/http/server-action-gate";
import { isDecodableActionBody } from "@/lib/http/server-action-reply";
import { CACHED_LANDING_PREFIX, noncePolicy } from "@/lib/http/content-security-policy.mjs";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";

// The proxy only does what must happen before rendering: a request id for the logs, a
// per-request nonce for the Content Security Policy (but for the cached landing page), the refusal of cross-origin and
// oversized server actions (403/413 rather than Next's 500), and an early redirect to login for
// visitors with no session cookie at all. It is never the access check: every protected page, action and route
// handler calls a guard of lib/auth, which re-reads the user from the database.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const PROTECTED_PREFIXES = ["/workspace", "/staff", "/admin"];
// No route matches it, so a rewrite to it renders the app's not-found page with a 404.
const NOT_FOUND_PATH = "/_insieme/not-found";
// Set on the request rewritten to the cached landing page, for the proxy's second run on it.
const CACHED_LANDING_HEADER = "x-insieme-cached-landing";

// Next inlines NODE_ENV at build time; this is not configuration read at run time.
// eslint-disable-next-line no-restricted-properties
const isDev = process.env.NODE_ENV !== "production";

/**
 * An anonymous visitor's landing page: its cached twin (app/(public)/landing/[locale]), whose
 * Content Security Policy the cache entry carries (hashes of its inline scripts). Signed-in
 * visitors and those who chose another language get "/" rendered per request, as the cached
 * page can show neither. Not in development, where nothing is cached.
 */
function servesCachedLanding(request: NextRequest): boolean {
  if (isDev || request.nextUrl.pathname !== "/" || (request.method !== "GET" && request.method !== "HEAD")) return false;
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  return (!isLocale(chosen) || chosen === DEFAULT_LOCALE) && !SESSION_COOKIES.some((name) => request.cookies.has(name));
}

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
  // before Next tries to decode it into route parameters. Nor does the cached landing page's
  // own path: it is only reached through "/", below (Next runs the proxy again on the path
  // rewritten to, which then carries our mark; a visitor who forges the mark only gets the
  // same public page).
  if (!decodesCleanly(pathname) || (pathname.startsWith(CACHED_LANDING_PREFIX) && !requestHeaders.has(CACHED_LANDING_HEADER))) {
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

  // The cached landing page: no policy from here, its cache entry carries its own.
  if (servesCachedLanding(request) || pathname.startsWith(CACHED_LANDING_PREFIX)) {
    requestHeaders.set(CACHED_LANDING_HEADER, "1");
    const init = { request: { headers: requestHeaders } };
    const response = pathname === "/" ? NextResponse.rewrite(new URL(`${CACHED_LANDING_PREFIX}${DEFAULT_LOCALE}`, request.url), init) : NextResponse.next(init);
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
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

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
