// next.config.js cacheHandler: Next's own file-system cache (the ISR cache of .next), which in
// addition writes the Content Security Policy of the cached landing page into the cache entry
// itself. Next sends an entry's headers with every response served from it, so the policy
// always names the hashes of the inline scripts of exactly the HTML it is sent with, also after
// a revalidation changed that HTML. proxy.ts, with its per-request nonce, does not run for
// these pages (its nonce could not be in a cached page, and two policies would both apply).
// Plain JavaScript: Next loads this file unbundled, in the standalone server too.
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { CACHED_LANDING_PREFIX, hashPolicy } from "./content-security-policy.mjs";
import { bumpLandingGeneration } from "./landing-cache-generation.mjs";

const FileSystemCacheClass = FileSystemCache.default ?? FileSystemCache;

/**
 * The page's path in a cache key: the key is the path itself for a page prerendered at build
 * time, and "/route-cache/<kind>/<route hash>/$<path>" for one rendered on demand.
 */
function pathOf(key) {
  const marker = key.indexOf("/$/");
  return key.startsWith("/route-cache/") && marker !== -1 ? key.slice(marker + 2) : key;
}

/** An HTML page entry of the cached landing page, given its policy in place; false for any other entry. */
function stamp(key, value) {
  if (!pathOf(key).startsWith(CACHED_LANDING_PREFIX) || value?.kind !== "APP_PAGE" || typeof value.html !== "string") return false;
  value.headers = { ...value.headers, "content-security-policy": hashPolicy(value.html) };
  return true;
}

export default class LandingCacheHandler extends FileSystemCacheClass {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    // An entry written before this handler (or by another build) has no policy yet.
    if (entry?.value && !entry.value.headers?.["content-security-policy"]) stamp(key, entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    // Before the write, and in place: Next answers the request that rendered the page with
    // this same object.
    // A new landing page: the micro-cache in front of Next (landing-micro-cache.mjs) lets go
    // of the old one.
    if (stamp(key, data)) bumpLandingGeneration();
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    // revalidatePath arrives here as a tag: a story saved (lib/actions/landing-pages.ts) must
    // show at once on this server, not after the micro-cache's second. Any tag counts: they are
    // rare, and telling a landing path's tag from others would copy Next's naming of them.
    bumpLandingGeneration();
    return super.revalidateTag(tags, durations);
  }
}
