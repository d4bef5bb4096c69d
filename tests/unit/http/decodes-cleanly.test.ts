import { decodesCleanly } from "@/lib/http/decodes-cleanly";
import { isPlausibleId } from "@/lib/validation/plausible-id";

describe("decodesCleanly (the proxy's 404 for paths that name no page)", () => {
  it.each(["/workspace/partnerships/cmabc123", "/workspace/organizations/caf%C3%A8", "/", "/staff/partnerships/a%20b"])("accepts %s", (path) => {
    expect(decodesCleanly(path)).toBe(true);
  });
  it.each([
    "/workspace/partnerships/%E0%A4%A", // a truncated escape
    "/workspace/partnerships/%", // a bare %
    "/workspace/partnerships/%ED%A0%80", // an encoded lone surrogate (not UTF-8)
    "/workspace/partnerships/%FF", // not UTF-8
    "/workspace/partnerships/a%00b", // NUL
    "/workspace/partnerships/a%0Ab", // a line break
  ])("refuses %s", (path) => {
    expect(decodesCleanly(path)).toBe(false);
  });
});

describe("isPlausibleId", () => {
  it("accepts a cuid", () => expect(isPlausibleId("cmh3x9k2c0000abcd1234efgh")).toBe(true));
  it.each<[unknown, string]>([["", "empty"], ["a".repeat(65), "too long"], ["abc\u0000", "NUL"], ["abc\ud800", "lone surrogate"], ["../x", "punctuation"], [42, "a number"]])(
    "refuses %j (%s)",
    (value) => expect(isPlausibleId(value)).toBe(false),
  );
});
