// How many times the cached landing page has changed in this process: bumped by the cache
// handler of next.config.js whenever Next stores a new landing page or revalidates a path,
// read by the landing micro-cache, which drops what it holds when the number moves. Kept on
// globalThis under a registered symbol because the two modules are loaded by different
// loaders (Next loads its cache handler itself), which need not share module instances.
const GENERATION = Symbol.for("insieme.landing-page.generation");

/** @returns {number} */
export function landingGeneration() {
  return globalThis[GENERATION] ?? 0;
}

/** The landing page changed (or may have): what any cache in front of Next holds is stale. */
export function bumpLandingGeneration() {
  globalThis[GENERATION] = landingGeneration() + 1;
}
