import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { isSessionRefreshDue, SESSION_REFRESH_EVERY_MS } from "@/lib/auth/session-refresh";

describe("re-issuing the session cookie on a person's activity", () => {
  it("happens on the first activity of a page, then at most every few minutes", () => {
    expect(isSessionRefreshDue(null, 1_000)).toBe(true);
    expect(isSessionRefreshDue(1_000, 1_000 + SESSION_REFRESH_EVERY_MS - 1)).toBe(false);
    expect(isSessionRefreshDue(1_000, 1_000 + SESSION_REFRESH_EVERY_MS)).toBe(true);
  });

  it("is frequent enough that continuous activity never reaches the idle limit", () => {
    expect(SESSION_REFRESH_EVERY_MS).toBeLessThan((SESSION_IDLE_SECONDS * 1000) / 10);
  });
});
