import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import fs from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hashPolicy, inlineScriptHashes, noncePolicy } from "@/lib/http/content-security-policy.mjs";
import { landingGeneration } from "@/lib/http/landing-cache-generation.mjs";
import LandingCacheHandler from "@/lib/http/landing-cache-handler.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const HTML = '<html><head><script src="/_next/static/chunks/a.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script></head><body><script>self.__next_f.push([1,"è &amp; <\\/b>"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';

describe("inline script hashes", () => {
  it("hashes each inline script once, byte for byte, and never a script with src", () => {
    expect(inlineScriptHashes(HTML)).toEqual([sha("(self.__next_f=self.__next_f||[]).push([0])"), sha('self.__next_f.push([1,"è &amp; <\\/b>"])')]);
  });

  it("a cached page's policy allows its own scripts and this origin, nothing inline else", () => {
    const scriptSrc = /script-src ([^;]*)/.exec(hashPolicy(HTML))?.[1] ?? "";
    expect(scriptSrc.split(" ")).toEqual(["'self'", ...inlineScriptHashes(HTML)]);
    expect(hashPolicy(HTML)).toContain("object-src 'none'");
  });

  it("a page rendered per request keeps its nonce with 'strict-dynamic'", () => {
    expect(noncePolicy("abc")).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(noncePolicy("abc", { dev: true })).toContain("'strict-dynamic' 'unsafe-eval';");
  });
});

describe("the cache handler", () => {
  let directory: string;
  let handler: InstanceType<typeof LandingCacheHandler>;
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), "insieme-cache-"));
    const cacheFs = { existsSync, readFileSync, readFile: fs.readFile, writeFile: fs.writeFile, mkdir: (dir: string) => fs.mkdir(dir, { recursive: true }), stat: fs.stat };
    handler = new LandingCacheHandler({ fs: cacheFs, serverDistDir: directory, flushToDisk: true, revalidatedTags: [], maxMemoryCacheSize: 0 });
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(""), headers: { "x-next-cache-tags": "t" }, status: 200, postponed: undefined, segmentData: undefined });

  it("writes the landing page's policy into its entry, in place, and reads it back from disk", async () => {
    const key = "/route-cache/APP_PAGE/0123/$/landing/it";
    const value = page(HTML);
    await handler.set(key, value, { cacheControl: { revalidate: 60, expire: undefined } });
    expect(value.headers).toEqual({ "x-next-cache-tags": "t", "content-security-policy": hashPolicy(HTML) });
    const entry = await handler.get(key, { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false });
    expect(entry?.value?.headers?.["content-security-policy"]).toBe(hashPolicy(HTML));
  });

  it("leaves other pages alone: proxy.ts gives them their nonce", async () => {
    const value = page(HTML);
    const generation = landingGeneration();
    await handler.set("/privacy", value, { cacheControl: { revalidate: 60, expire: undefined } });
    expect(value.headers).toEqual({ "x-next-cache-tags": "t" });
    expect(landingGeneration()).toBe(generation);
  });

  it("tells the micro-cache in front of Next when a new landing page is stored or a path revalidated", async () => {
    const generation = landingGeneration();
    await handler.set("/route-cache/APP_PAGE/0123/$/landing/it", page(HTML), { cacheControl: { revalidate: 60, expire: undefined } });
    expect(landingGeneration()).toBe(generation + 1);
    await handler.revalidateTag(["_N_T_/landing/it"]);
    expect(landingGeneration()).toBe(generation + 2);
  });
});
