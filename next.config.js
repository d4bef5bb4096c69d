// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // One build for any number of app servers: .next/standalone is a self-contained server
  // (scripts/build.ts copies the static files beside it; deploy/Dockerfile packs it).
  output: "standalone",
  // Set by scripts/build.ts to the git commit (or INSIEME_BUILD_ID): pages of one build
  // are told, not broken, when a server of another build answers them.
  deploymentId: process.env.INSIEME_BUILD_ID || undefined,
  // Next's own ISR cache, which also writes the Content Security Policy of the cached landing
  // page (hashes of its inline scripts) into its cache entries: lib/http/landing-cache-handler.mjs.
  cacheHandler: require.resolve("./lib/http/landing-cache-handler.mjs"),
  // Security headers that do not depend on the request. The Content Security Policy
  // carries a per-request nonce, so proxy.ts sets it (the cache handler, for the cached landing page).
  async headers() {
    const headers = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    if (process.env.NODE_ENV === "production") {
      headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
    }
    return [{ source: "/:path*", headers }];
  },
  // An anonymous visitor's landing page is its cached twin (app/(public)/landing/[locale], ISR),
  // served without running proxy.ts: only when none of these is present, which are exactly
  // what proxy.ts's matcher runs it for on "/" (a signed-in visitor, English, a possible server
  // action). Not in development, where nothing is cached and the page would go without a policy.
  async rewrites() {
    if (process.env.NODE_ENV !== "production") return [];
    const missing = [
      { type: "cookie", key: "next-auth.session-token" },
      { type: "cookie", key: "__Secure-next-auth.session-token" },
      { type: "cookie", key: "insieme-locale", value: "en" },
      { type: "header", key: "next-action" },
      { type: "header", key: "content-type" },
    ];
    return { beforeFiles: [{ source: "/", destination: "/landing/it", missing }] };
  },
  poweredByHeader: false,
  // Files read at run time by path, which the standalone output's tracing cannot see: the
  // PDF typeface (lib/pdf/pdf-fonts.ts) and the migrations the health check compares with
  // the database (lib/health).
  outputFileTracingIncludes: {
    "/**": ["./node_modules/@expo-google-fonts/noto-sans/400Regular/*.ttf", "./node_modules/@expo-google-fonts/noto-sans/700Bold/*.ttf", "./prisma/migrations/**"],
  },
  // forbidden() and unauthorized() answer 403 and 401 from guards, with their own pages.
  // Server actions accept up to 1 MB by default; staff upload profile files of up to 2 MB
  // (app/(staff)/staff/profiles), checked again by the action. proxy.ts refuses a larger
  // declared server-action body with 413 first (lib/http/server-action-gate.ts holds the
  // same limit). proxy.ts sees every request, and Next keeps only the first 10 MB of a body
  // that passes through it: partnership documents of up to 10 MB (plus the form around them)
  // go to app/partnerships/[id]/documents, which answers 413 itself above that.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" }, proxyClientMaxBodySize: "12mb" },
  // These packages load native or WebAssembly code at run time: Node must require them.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/schema-engine-wasm", "pg"],
};

module.exports = nextConfig;
