/**
 * The landing micro-cache on real HTTP over loopback, in front of a stand-in for Next's
 * request handler that counts what reaches it and answers as Next does for the cached page.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { bumpLandingGeneration } from "@/lib/http/landing-cache-generation.mjs";
import { HIT_HEADER, REFRESH_HEADER, acceptsGzip, withLandingMicroCache } from "@/lib/http/landing-micro-cache.mjs";

type Answer = { status?: number; headers?: Record<string, string>; body: string };
const ISR_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "s-maxage=60, stale-while-revalidate=31535940",
  "x-nextjs-cache": "HIT",
  "content-security-policy": "script-src 'self' 'sha256-abc'",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch",
};

let server: http.Server;
let base: string;
let clock = 0;
let answer: Answer;
const reached: Array<{ url: string; refresh: boolean }> = [];

beforeEach(async () => {
  clock = 1_000_000;
  reached.length = 0;
  answer = { headers: ISR_HEADERS, body: "<html>storia uno</html>" };
  const next = (request: http.IncomingMessage, response: http.ServerResponse) => {
    reached.push({ url: request.url ?? "", refresh: request.headers[REFRESH_HEADER] !== undefined });
    response.writeHead(answer.status ?? 200, answer.headers ?? {});
    response.end(answer.body);
  };
  server = http.createServer(withLandingMicroCache(next, { now: () => clock }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function get(path = "/", headers: Record<string, string> = {}, method = "GET") {
  const response = await fetch(`${base}${path}`, { method, headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Waits until `check` gives `expected` (at most 2 s), and returns what it last gave. */
async function until<T>(check: () => T | Promise<T>, expected: T): Promise<T> {
  let value = await check();
  for (const started = Date.now(); value !== expected && Date.now() - started < 2000; value = await check()) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return value;
}

/** Until the background fetch of the page has been answered (and kept, if it may be). */
async function settle() {
  await until(() => reached.some((r) => r.refresh), true);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("the landing micro-cache", () => {
  it("keeps Next's cached page and gives it again, with Next's headers, without asking Next", async () => {
    const first = await get();
    expect(first.headers.get(HIT_HEADER)).toBeNull();
    await settle();
    const before = reached.length;
    const again = await get("/", { "accept-encoding": "identity" });
    expect(reached.length).toBe(before);
    expect(again.headers.get(HIT_HEADER)).toBe("hit");
    expect(again.body).toBe("<html>storia uno</html>");
    expect(again.headers.get("content-security-policy")).toBe(ISR_HEADERS["content-security-policy"]);
    expect(again.headers.get("cache-control")).toBe(ISR_HEADERS["cache-control"]);
    expect(again.headers.get("vary")).toMatch(/Accept-Encoding$/);
    expect(Number(again.headers.get("content-length"))).toBe(Buffer.byteLength("<html>storia uno</html>"));
  });

  it("gives the page gzipped to a client that takes gzip, and plain to one that does not", async () => {
    await get();
    await settle();
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}/`, { headers: { "accept-encoding": "gzip, deflate, br" } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe("<html>storia uno</html>");
    const plain = await new Promise<string | undefined>((resolve) => {
      http.get(`${base}/`, { headers: { "accept-encoding": "gzip;q=0, identity" } }, (response) => {
        response.resume();
        resolve(response.headers["content-encoding"]);
      });
    });
    expect(plain).toBeUndefined();
  });

  it("lets every request Next could answer differently through to Next", async () => {
    await get();
    await settle();
    const cases: Array<[string, Record<string, string>, string?]> = [
      ["/", { cookie: "next-auth.session-token=x" }],
      ["/", { cookie: "insieme-locale=en" }],
      ["/", { rsc: "1" }],
      ["/", { "next-router-prefetch": "1" }],
      ["/", { "next-action": "abc" }],
      ["/", { "if-none-match": '"etag"' }],
      ["/", { [REFRESH_HEADER]: "1" }],
      ["/?x=1", {}],
      ["/login", {}],
      ["/", {}, "HEAD"],
    ];
    for (const [path, headers, method] of cases) {
      const before = reached.length;
      const response = await get(path, headers, method);
      expect([path, headers, response.headers.get(HIT_HEADER)]).toEqual([path, headers, null]);
      expect(reached.length).toBe(before + 1);
    }
  });

  it("never keeps a page Next renders per request, and asks for it again at most once a second", async () => {
    answer = { headers: { "content-type": "text/html", "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" }, body: "dynamic" };
    for (let i = 0; i < 5; i++) expect((await get()).headers.get(HIT_HEADER)).toBeNull();
    await settle();
    expect(reached.filter((r) => r.refresh)).toHaveLength(1);
    clock += 1000;
    await get();
    expect(await until(() => reached.filter((r) => r.refresh).length, 2)).toBe(2);
  });

  it("never keeps an answer that sets a cookie or is not a 200", async () => {
    answer = { headers: { ...ISR_HEADERS, "set-cookie": "a=b" }, body: "x" };
    await get();
    await settle();
    expect((await get()).headers.get(HIT_HEADER)).toBeNull();
    answer = { status: 404, headers: ISR_HEADERS, body: "x" };
    clock += 1000;
    await get();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await get()).headers.get(HIT_HEADER)).toBeNull();
  });

  it("asks Next again after a second", async () => {
    await get();
    await settle();
    answer = { headers: ISR_HEADERS, body: "<html>storia due</html>" };
    clock += 999;
    expect((await get()).body).toBe("<html>storia uno</html>");
    clock += 1;
    expect((await get()).body).toBe("<html>storia due</html>");
    expect(await until(async () => (await get()).headers.get(HIT_HEADER), "hit")).toBe("hit");
    expect((await get()).body).toBe("<html>storia due</html>");
  });

  it("lets go of the page at once when the landing page changes (a story saved)", async () => {
    await get();
    await settle();
    expect((await get()).headers.get(HIT_HEADER)).toBe("hit");
    answer = { headers: ISR_HEADERS, body: "<html>storia due</html>" };
    bumpLandingGeneration();
    const after = await get();
    expect(after.headers.get(HIT_HEADER)).toBeNull();
    expect(after.body).toBe("<html>storia due</html>");
    expect(await until(async () => (await get()).headers.get(HIT_HEADER), "hit")).toBe("hit");
    expect((await get()).body).toBe("<html>storia due</html>");
  });
});

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8, *;q=0.1", true],
    ["GZIP", true],
    ["gzip;q=0", false],
    ["gzip; q=0.000, identity", false],
    ["*", true],
    ["*;q=0", false],
    ["identity", false],
    ["", false],
  ])("%j → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
  it("takes no header as no", () => expect(acceptsGzip(undefined)).toBe(false));
});
