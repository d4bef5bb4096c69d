// The landing page for a crowd: an anonymous visitor's "/" answered from memory, in front of
// Next's request handler (the app server's entry, app-server.mjs, puts it there).
//
// Next already serves that page from its ISR cache (next.config.js rewrites it to the cached
// twin), yet its own pipeline (routing, rewrites, the cache lookup, its response writer)
// costs about ten times what writing the same bytes does. So the page Next answers is kept
// here, as Next sent it, and given again for at most a second: one request a second still
// reaches Next, so its time-based revalidation runs as before, and a story saved on this
// server shows at once (the cache handler bumps the landing generation, which drops it).
//
// Only what Next itself marked as cacheable is kept (a 200 from its ISR cache, shared
// Cache-Control, no cookie set), and only requests that Next would answer with that same
// page are given it: GET "/" with no cookie at all (no session, no chosen language), no
// client-router or server-action header, no conditional or partial request. Anything else goes
// to Next as before. Plain JavaScript: it runs in the standalone server, which has no compiler.
import http from "node:http";
import { gzipSync } from "node:zlib";
import { landingGeneration } from "./landing-cache-generation.mjs";

const CACHED_PATH = "/";
/** How long a kept page is given without asking Next again. */
export const LANDING_MICRO_CACHE_MS = 1000;
/** Asked by the micro-cache itself when it fetches the page from Next: never answered from memory. */
export const REFRESH_HEADER = "x-insieme-landing-refresh";
/** Says that an answer came from the micro-cache (tests, and anyone reading the headers). */
export const HIT_HEADER = "x-insieme-cache";

// Request headers with which Next's answer may differ from the anonymous Italian page.
const PASS_THROUGH_HEADERS = [
  "cookie",
  "authorization",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
  "content-type",
  "range",
  "if-none-match",
  "if-modified-since",
  REFRESH_HEADER,
];
// Headers of a connection or of one particular answer, not of the page.
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** @param {import("node:http").IncomingMessage} request */
export function mayAnswerFromMemory(request) {
  return request.method === "GET" && request.url === CACHED_PATH && PASS_THROUGH_HEADERS.every((name) => request.headers[name] === undefined);
}

/**
 * Whether an Accept-Encoding header takes gzip (named, or by "*", and not with q=0).
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.toLowerCase().split(",")) {
    const [coding = "", ...parameters] = part.trim().split(";");
    const refused = parameters.some((parameter) => /^\s*q\s*=\s*0(\.0{0,3})?\s*$/.test(parameter));
    if (coding.trim() === "gzip") return !refused;
    if (coding.trim() === "*") wildcard = !refused;
  }
  return wildcard;
}

/**
 * The page to keep from Next's answer, or null when Next did not mark it as one to share.
 * @param {import("node:http").IncomingMessage} response
 * @param {Buffer} body
 */
export function keepableAnswer(response, body) {
  const headers = response.headers;
  const cacheControl = String(headers["cache-control"] ?? "");
  if (
    response.statusCode !== 200 ||
    headers["set-cookie"] !== undefined ||
    headers["content-encoding"] !== undefined ||
    headers["x-nextjs-cache"] === undefined ||
    !/\bs-maxage=\d+/.test(cacheControl) ||
    /\b(private|no-store|no-cache)\b/.test(cacheControl)
  ) {
    return null;
  }
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !NOT_KEPT.has(name)) kept[name] = value;
  // The answer now depends on Accept-Encoding (gzip or not): caches on the way must know.
  const vary = String(kept.vary ?? "");
  if (!/\baccept-encoding\b/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  return { headers: kept, body, gzipped: gzipSync(body) };
}

/**
 * Wraps a request listener (Next's) with the landing micro-cache.
 * @param {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => unknown} listener
 * @param {{ ttlMs?: number, now?: () => number }} [options]
 */
export function withLandingMicroCache(listener, options = {}) {
  const ttlMs = options.ttlMs ?? LANDING_MICRO_CACHE_MS;
  const now = options.now ?? Date.now;
  /** @type {{ headers: Record<string, string | string[]>, body: Buffer, gzipped: Buffer, generation: number, fetchedAt: number } | null} */
  let kept = null;
  let refreshing = false;
  // The last time Next was asked: when its answer could not be kept (a page rendered per
  // request, a failure), it is asked again only after a second, or after a change.
  let asked = { at: Number.NEGATIVE_INFINITY, generation: -1 };

  /** Asks this same server for the page, in the background, and keeps Next's answer. */
  function refresh(/** @type {import("node:http").IncomingMessage} */ request) {
    // Taken before asking: a change that lands while Next answers makes this answer stale.
    const generation = landingGeneration();
    const fetchedAt = now();
    if (refreshing || (asked.generation === generation && fetchedAt - asked.at < ttlMs)) return;
    refreshing = true;
    asked = { at: fetchedAt, generation };
    const done = () => {
      refreshing = false;
    };
    const ask = http.get(
      {
        host: request.socket.localAddress,
        port: request.socket.localPort,
        path: CACHED_PATH,
        headers: { host: request.headers.host ?? "localhost", [REFRESH_HEADER]: "1" },
        agent: false,
      },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("error", done);
        response.on("end", () => {
          const answer = keepableAnswer(response, Buffer.concat(chunks));
          kept = answer ? { ...answer, generation, fetchedAt } : null;
          done();
        });
      },
    );
    ask.on("error", done);
    ask.setTimeout(10_000, () => ask.destroy());
  }

  return function landingMicroCache(
    /** @type {import("node:http").IncomingMessage} */ request,
    /** @type {import("node:http").ServerResponse} */ response,
  ) {
    if (!mayAnswerFromMemory(request)) return listener(request, response);
    const page = kept;
    if (page === null || page.generation !== landingGeneration() || now() - page.fetchedAt >= ttlMs) {
      refresh(request);
      return listener(request, response);
    }
    const gzip = acceptsGzip(request.headers["accept-encoding"]);
    const body = gzip ? page.gzipped : page.body;
    response.writeHead(200, {
      ...page.headers,
      ...(gzip ? { "content-encoding": "gzip" } : {}),
      "content-length": body.length,
      [HIT_HEADER]: "hit",
    });
    response.end(body);
    return undefined;
  };
}
