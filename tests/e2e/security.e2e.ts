import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_PARTNER_PASSWORD } from "@/prisma/seed/demo-users";
import { logIn, logOut } from "./support/session";

// Seeded partner users. Logging out ends only the session it is done in, so other spec files
// may log in with the same users meanwhile; disabling a user ends all of its sessions, so
// that user is one no other spec file logs in with (this file's tests run one after another:
// the audit test after the user is enabled again).
const REPLAY_USER = { email: "sara.marchetti@example.it", password: DEMO_PARTNER_PASSWORD, organization: "Pane Condiviso" };
const DISABLED_USER = { email: "chiara.ferri@example.it", password: DEMO_PARTNER_PASSWORD, name: "Chiara Ferri" };
const AUDIT_USER = { email: "chiara.ferri@example.it", password: DEMO_PARTNER_PASSWORD };
const REDIRECT_USER = { email: "elisa.barbieri@example.it", password: DEMO_PARTNER_PASSWORD };

async function postCredentials(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/start" },
    maxRedirects: 0,
  });
}

test("repeated wrong passwords are answered with 429, then the form says to wait", async ({ request, page }) => {
  const email = "tentativi@example.it";
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) statuses.push((await postCredentials(request, email, "sbagliata")).status());
  expect(statuses.slice(0, 5)).not.toContain(429);
  expect(statuses[5]).toBe(429);

  await logIn(page, { email, password: "sbagliata" });
  await expect(page.locator("main").getByRole("alert")).toHaveText("Troppi tentativi di accesso. Riprova tra qualche minuto.");
});

test("a session cookie replayed after logout is refused on every path, /api/auth/session included", async ({ page, playwright, baseURL }) => {
  await logIn(page, REPLAY_USER);
  await expect(page).toHaveURL("/workspace");
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toBeDefined();
  await logOut(page);

  const replay = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${session?.name}=${session?.value}` },
  });
  // A guarded page.
  const response = await replay.get("/workspace", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(await response.text()).not.toContain(REPLAY_USER.organization);
  // next-auth's own endpoint neither answers the session nor re-issues the cookie: it clears it.
  const sessionAnswer = await replay.get("/api/auth/session");
  expect(await sessionAnswer.json()).toEqual({});
  const setCookies = sessionAnswer.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value);
  const reissued = setCookies.filter((value) => value.startsWith(`${session?.name}=`));
  expect(reissued.length).toBeGreaterThan(0);
  for (const value of reissued) expect(value).toMatch(new RegExp(`^${session?.name}=;`));
  // A route handler (the post-login landing) treats it as no session at all.
  const landing = await replay.get("/start", { maxRedirects: 0 });
  expect(landing.headers().location).toMatch(/\/login$/);
  await replay.dispose();
});

/** One HTTP request from a chosen loopback source address, so the server sees its own client. */
function requestFrom(localAddress: string, url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers: options.headers, localAddress }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

test("rotating X-Forwarded-For does not escape the per-address login limit", async ({ baseURL }) => {
  // 127.0.0.0/8 is all loopback: a source address of its own keeps this client's limit
  // away from the other tests, which connect from 127.0.0.1.
  const address = `127.0.0.${10 + Math.floor(Math.random() * 200)}`;
  const origin = (baseURL ?? "").replace("localhost", "127.0.0.1");
  const csrf = await requestFrom(address, `${origin}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((value) => value.split(";")[0]).join("; ");
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 22; attempt += 1) {
    const body = new URLSearchParams({ csrfToken, email: `ruota-${attempt}@example.it`, password: "sbagliata", json: "true", callbackUrl: "/start" }).toString();
    const answer = await requestFrom(address, `${origin}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `198.51.100.${attempt}` },
      body,
    });
    statuses.push(answer.status);
  }
  expect(statuses.slice(0, 20)).not.toContain(429);
  expect(statuses.slice(20)).toEqual([429, 429]);
});

test("a user disabled by an administrator is locked out on the next request", async ({ browser }) => {
  const partner = await browser.newPage();
  await logIn(partner, DISABLED_USER);
  await expect(partner).toHaveURL("/workspace");

  const admin = await browser.newPage();
  await logIn(admin, DEMO_ACCOUNTS.admin);
  await expect(admin).toHaveURL("/staff");
  await admin.goto("/admin/users");
  await admin.getByRole("button", { name: `Disattiva: ${DISABLED_USER.name}` }).click();
  await expect(admin.locator("main").getByRole("status")).toHaveText("Modifica salvata.");
  await expect(admin.getByRole("button", { name: `Riattiva: ${DISABLED_USER.name}` })).toBeVisible();

  const response = await partner.goto("/workspace");
  expect(response?.status()).toBe(401);
  await expect(partner.getByRole("heading", { name: "Accesso richiesto" })).toBeVisible();

  // And a disabled user cannot simply log in again.
  await logIn(partner, DISABLED_USER);
  await expect(partner.locator("main").getByRole("alert")).toHaveText("E-mail o password non corrette.");

  await admin.getByRole("button", { name: `Riattiva: ${DISABLED_USER.name}` }).click();
  await expect(admin.getByRole("button", { name: `Disattiva: ${DISABLED_USER.name}` })).toBeVisible();
});

test("a refused page and a failed login appear in the staff security log, with the address", async ({ browser }) => {
  const partner = await browser.newPage();
  await logIn(partner, AUDIT_USER);
  await expect(partner).toHaveURL("/workspace");
  expect((await partner.goto("/staff"))?.status()).toBe(403);
  await logIn(await browser.newPage(), { email: AUDIT_USER.email, password: "non-la-password-giusta" });

  const staff = await browser.newPage();
  await logIn(staff, DEMO_ACCOUNTS.staff);
  await expect(staff).toHaveURL("/staff");
  await staff.goto("/staff/security?action=access.refused");
  const refused = staff.getByRole("row").filter({ hasText: AUDIT_USER.email });
  await expect(refused.first()).toContainText("Role STAFF");
  await expect(refused.first()).toContainText(/127\.0\.0\.1|::1/);
  await staff.getByLabel("Evento").selectOption("auth.login-failed");
  await staff.getByRole("button", { name: "Filtra" }).click();
  await expect(staff.getByRole("row").filter({ hasText: AUDIT_USER.email }).first()).toContainText("Accesso fallito");
  await expect(staff.locator("main")).not.toContainText("non-la-password-giusta");
  // A partner may not read it.
  expect((await partner.goto("/staff/security"))?.status()).toBe(403);
});

for (const target of ["https://evil.example", "//evil.example", "/\\evil.example"]) {
  test(`callbackUrl=${target} stays on the site`, async ({ page, baseURL }) => {
    await logIn(page, REDIRECT_USER, `/login?callbackUrl=${encodeURIComponent(target)}`);
    await expect(page).toHaveURL("/workspace");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  });
}

test("next-auth's own redirect refuses other sites too", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: REDIRECT_USER.email, password: REDIRECT_USER.password, json: "true", callbackUrl: "https://evil.example/steal" },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  expect(new URL(url).hostname).toBe("localhost");
});

const SUBREQUEST_HEADERS = [
  "middleware",
  "middleware:middleware:middleware:middleware:middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
];

test("x-middleware-subrequest headers get no further than without them", async ({ request, page }) => {
  for (const value of SUBREQUEST_HEADERS) {
    for (const path of ["/staff", "/workspace", "/admin/users"]) {
      const response = await request.get(path, { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
      expect([307, 401]).toContain(response.status());
      expect(await response.text()).not.toContain("Competenze digitali");
    }
  }
  // With a partner's session the header does not open staff pages either.
  await logIn(page, DEMO_ACCOUNTS.nonprofit);
  await expect(page).toHaveURL("/workspace");
  for (const value of SUBREQUEST_HEADERS) {
    await page.setExtraHTTPHeaders({ "x-middleware-subrequest": value });
    const response = await page.goto("/staff");
    expect(response?.status()).toBe(403);
  }
});
