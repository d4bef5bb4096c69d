// The Content Security Policy of every page, in plain JavaScript because two kinds of code
// share it: proxy.ts (a per-request nonce, for pages rendered per request) and the cache
// handler of next.config.js (landing-cache-handler.mjs: the hashes of the inline scripts of a
// cached page, which no nonce can reach since its HTML is the same for every visitor).
// Either way scripts come only from this origin or from what the server itself wrote.
import { createHash } from "node:crypto";

/**
 * The landing page's cached twin: next.config.js rewrites an anonymous visitor's "/" to it,
 * and only pages under it are stamped with hashes by the cache handler.
 */
export const CACHED_LANDING_PREFIX = "/landing/";

/**
 * The policy with these script sources besides 'self'.
 * @param {string[]} scriptSources e.g. ["'nonce-…'", "'strict-dynamic'"] or ["'sha256-…'"]
 * @param {{ dev?: boolean }} [options] dev: React's dev build needs eval for its error stacks
 * @returns {string}
 */
export function contentSecurityPolicy(scriptSources, options = {}) {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptSources, ...(options.dev ? ["'unsafe-eval'"] : [])].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of a page rendered for one request: its scripts carry the nonce. */
export function noncePolicy(nonce, options = {}) {
  // 'strict-dynamic' lets the scripts Next loads with the nonce load their chunks.
  return contentSecurityPolicy([`'nonce-${nonce}'`, "'strict-dynamic'"], options);
}

// An opening <script> tag with its attributes, its text, and the closing tag. Next writes its
// inline scripts plainly (the flight data, the bootstrap); the text is hashed byte for byte as
// the browser does, entities and all.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(^|\s)src\s*=/i;

/**
 * The 'sha256-…' sources of every inline script of a page (scripts with src come from
 * 'self'), in their order, without repeats.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes) || text.length === 0) continue;
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The policy of a cached page: exactly its own inline scripts may run. */
export function hashPolicy(html) {
  return contentSecurityPolicy(inlineScriptHashes(html));
}
