import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

const SITE = "https://insieme.example";

describe("safeCallbackUrl", () => {
  it.each([
    ["/workspace", "/workspace"],
    ["/admin/users?outcome=saved#top", "/admin/users?outcome=saved#top"],
    ["https://insieme.example/staff", "/staff"],
  ])("keeps %s inside the site", (input, expected) => {
    expect(safeCallbackUrl(input, SITE)).toBe(expected);
  });

  it.each([
    "https://evil.example",
    "https://evil.example/workspace",
    "//evil.example",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http://insieme.example.evil.example/",
    "",
    42,
    undefined,
  ])("falls back for %p", (input) => {
    expect(safeCallbackUrl(input, SITE, "/start")).toBe("/start");
  });
});
