import { createRequire } from "node:module";
import { config } from "@/proxy";
import { LOCALE_COOKIE, LOCALES, DEFAULT_LOCALE } from "@/lib/i18n/locales";

// next.config.js rewrites an anonymous visitor's "/" to the cached landing page, and proxy.ts
// runs on "/" only in the other cases: the two lists must stay exact complements, or a visitor
// would get either no page policy at all or the cached page of someone else's situation.
type Condition = { type: string; key: string; value?: string };

async function landingRewrite(): Promise<{ source: string; destination: string; missing: Condition[] }> {
  const previous = process.env.NODE_ENV;
  Object.assign(process.env, { NODE_ENV: "production" });
  try {
    const nextConfig = createRequire(import.meta.url)("../../../next.config.js") as { rewrites(): Promise<{ beforeFiles: { source: string; destination: string; missing: Condition[] }[] }> };
    const { beforeFiles } = await nextConfig.rewrites();
    expect(beforeFiles).toHaveLength(1);
    return beforeFiles[0]!;
  } finally {
    Object.assign(process.env, { NODE_ENV: previous });
  }
}

describe("the landing page's routing", () => {
  it("rewrites '/' to the cached page exactly when proxy.ts does not run on it", async () => {
    const rewrite = await landingRewrite();
    expect(rewrite).toMatchObject({ source: "/", destination: `/landing/${DEFAULT_LOCALE}` });
    const proxyOnRoot = config.matcher.filter((entry) => entry.source === "/").map((entry) => ("has" in entry ? (entry.has ?? []) : []));
    expect(proxyOnRoot.every((has) => has.length === 1)).toBe(true);
    expect(proxyOnRoot.map((has) => has[0])).toEqual(rewrite.missing);
  });

  it("sends every language but the default one, and every session, to the page rendered per request", async () => {
    const { missing } = await landingRewrite();
    const otherLanguages = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
    for (const locale of otherLanguages) expect(missing).toContainEqual({ type: "cookie", key: LOCALE_COOKIE, value: locale });
    expect(missing).toContainEqual({ type: "cookie", key: "next-auth.session-token" });
    expect(missing).toContainEqual({ type: "cookie", key: "__Secure-next-auth.session-token" });
    expect(missing).toContainEqual({ type: "header", key: "next-action" });
  });

  it("never runs the proxy on the cached page's own path, and still on every other page", () => {
    const everyOther = new RegExp(`^${config.matcher[0]!.source}$`);
    for (const path of ["/login", "/workspace", "/landingpage", "/api/health", "/landing/%%", "/landing/it/x", "/landing/xx"]) expect(everyOther.test(path)).toBe(true);
    for (const path of ["/", "/landing/it", "/landing/en", "/_next/static/chunks/a.js"]) expect(everyOther.test(path)).toBe(false);
  });
});
