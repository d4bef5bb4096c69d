import { expect, test, type BrowserContext } from "@playwright/test";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { createPartnerUser } from "../support/factories";
import { connectAppDatabase } from "./support/app-database";
import { mintSessionCookie, SESSION_COOKIE } from "./support/mint-session";

// The idle limit over real HTTP, with cookies whose last use lies hours back: a person
// active on pages (not only hitting /api/auth/session) keeps the session alive, and one
// idle for more than 8 hours is logged out.

const now = () => Math.floor(Date.now() / 1000);

async function sessionFor(lastUseSecondsAgo: number) {
  const db = await connectAppDatabase();
  try {
    const { user } = await createPartnerUser(db, "COMPANY");
    const cookie = await mintSessionCookie({
      userId: user.id,
      sessionVersion: user.sessionVersion,
      email: user.email,
      name: user.name,
      authTime: now() - lastUseSecondsAgo - 60,
      lastUse: now() - lastUseSecondsAgo,
      // The JWT's own end is not what refuses it below: the idle rule is.
      expires: now() + 600,
    });
    return { user, cookie };
  } finally {
    await db.$disconnect();
  }
}

async function holdCookie(context: BrowserContext, baseURL: string, value: string) {
  const { hostname } = new URL(baseURL);
  await context.addCookies([{ name: SESSION_COOKIE, value, domain: hostname, path: "/", httpOnly: true, sameSite: "Lax", expires: now() + 600 }]);
}

const sessionCookieOf = async (context: BrowserContext) => (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);

test("a person active on pages keeps the session: opening a page re-issues the cookie for another 8 hours", async ({ page, baseURL }) => {
  // Last used 7 h 50 min ago: 10 minutes from the idle end.
  const { user, cookie } = await sessionFor(SESSION_IDLE_SECONDS - 10 * 60);
  await holdCookie(page.context(), baseURL ?? "", cookie);

  const response = await page.goto("/workspace");
  expect(response?.status()).toBe(200);
  await expect(page.locator("header").getByText(user.name)).toBeVisible();
  // The page's keep-alive asked next-auth to re-issue the cookie.
  await expect.poll(async () => (await sessionCookieOf(page.context()))?.value, { timeout: 15_000 }).not.toBe(cookie);

  const renewed = await sessionCookieOf(page.context());
  // The browser now holds a cookie good for the full idle limit again, not 10 minutes.
  expect(renewed!.expires).toBeGreaterThan(now() + SESSION_IDLE_SECONDS - 120);
  expect((await page.goto("/workspace/profile"))?.status()).toBe(200);
});

test("a session idle for more than 8 hours is logged out, on pages and on /api/auth/session", async ({ page, baseURL }) => {
  const { cookie } = await sessionFor(SESSION_IDLE_SECONDS + 60);
  await holdCookie(page.context(), baseURL ?? "", cookie);

  const response = await page.goto("/workspace");
  expect(response?.status()).toBe(401);
  await expect(page.getByRole("heading", { name: "Accesso richiesto" })).toBeVisible();
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
});
