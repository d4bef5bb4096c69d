import { isPossibleServerAction, SERVER_ACTION_BODY_LIMIT_BYTES, serverActionRefusal } from "@/lib/http/server-action-gate";

const action = (headers: Record<string, string>) => new Headers({ "next-action": "7f00", host: "insieme.example", "content-length": "120", ...headers });

describe("isPossibleServerAction", () => {
  it("is a POST with Next-Action, or a form post to a page", () => {
    expect(isPossibleServerAction("POST", new Headers({ "next-action": "7f00" }))).toBe(true);
    expect(isPossibleServerAction("POST", new Headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isPossibleServerAction("POST", new Headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(true);
    expect(isPossibleServerAction("POST", new Headers({ "content-type": "application/json" }))).toBe(false);
    expect(isPossibleServerAction("GET", new Headers({ "next-action": "7f00" }))).toBe(false);
  });

  it("leaves a form post to the documents upload route (a route handler with its own limit) alone", () => {
    const multipart = new Headers({ "content-type": "multipart/form-data; boundary=x" });
    expect(isPossibleServerAction("POST", multipart, "/partnerships/abc/documents")).toBe(false);
    expect(isPossibleServerAction("POST", new Headers({ "next-action": "7f00" }), "/partnerships/abc/documents")).toBe(true);
    expect(isPossibleServerAction("POST", multipart, "/partnerships/abc")).toBe(true);
  });
});

describe("serverActionRefusal", () => {
  it("lets a same-origin action through, and one without Origin (no browser sends that cross-site)", () => {
    expect(serverActionRefusal(action({ origin: "https://insieme.example" }))).toBeNull();
    expect(serverActionRefusal(action({}))).toBeNull();
  });

  it("compares the Origin with the first X-Forwarded-Host when a proxy set one, as Next does", () => {
    expect(serverActionRefusal(action({ origin: "https://public.example", "x-forwarded-host": "public.example, inner" }))).toBeNull();
    expect(serverActionRefusal(action({ origin: "https://insieme.example", "x-forwarded-host": "public.example" }))).toBe(403);
  });

  it("refuses another origin, a port that differs, 'null' and junk with 403", () => {
    for (const origin of ["https://evil.example", "https://insieme.example:8443", "null", "not a url", ""]) {
      expect([origin, serverActionRefusal(action({ origin }))]).toEqual([origin, 403]);
    }
  });

  it("refuses a declared body over the limit with 413, and a chunked one with 411", () => {
    expect(serverActionRefusal(action({ "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(serverActionRefusal(action({ "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES + 1) }))).toBe(413);
    const chunked = action({ "transfer-encoding": "chunked" });
    chunked.delete("content-length");
    expect(serverActionRefusal(chunked)).toBe(411);
    expect(serverActionRefusal(action({ "content-length": "-1" }))).toBe(411);
  });
});
