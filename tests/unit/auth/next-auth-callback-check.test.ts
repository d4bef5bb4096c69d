import { hasUnusableCallbackUrl } from "@/lib/auth/next-auth-callback-check";

const request = (query: string, cookies: Record<string, string> = {}) => ({ searchParams: new URLSearchParams(query), cookie: (name: string) => cookies[name] });

describe("a callback URL next-auth would answer with a 500", () => {
  it("is found in the query or in next-auth's cookie", () => {
    expect(hasUnusableCallbackUrl(request("callbackUrl=%F0%9F%A4%9D"))).toBe(true);
    expect(hasUnusableCallbackUrl(request("callbackUrl=javascript:alert(1)"))).toBe(true);
    expect(hasUnusableCallbackUrl(request("", { "next-auth.callback-url": "🤝" }))).toBe(true);
    expect(hasUnusableCallbackUrl(request("", { "__Secure-next-auth.callback-url": "mailto:x@example.it" }))).toBe(true);
  });

  it("is not a path of the site, an http(s) URL, or nothing", () => {
    expect(hasUnusableCallbackUrl(request("callbackUrl=%2Fworkspace%3Ftab%3D1"))).toBe(false);
    expect(hasUnusableCallbackUrl(request("callbackUrl=https%3A%2F%2Finsieme.example%2Fstaff"))).toBe(false);
    expect(hasUnusableCallbackUrl(request("", { "next-auth.callback-url": "http://localhost:3000/workspace" }))).toBe(false);
    expect(hasUnusableCallbackUrl(request(""))).toBe(false);
  });
});
