import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("the landing page speaks Italian first, and English after the switch", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.getByRole("heading", { level: 1, name: "Profit e non profit insieme" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sei fasi, tre momenti" })).toBeVisible();
  for (const phase of ["Pianificazione e preparazione", "Negoziazione", "Accordo formale", "Gestione del programma", "Comunicazione del programma", "Monitoraggio, misurazione e valutazione"]) {
    await expect(page.getByText(phase)).toBeVisible();
  }
  // The showcase: stories both parties approved (three in the demo data).
  const showcase = page.locator("section").filter({ has: page.getByRole("heading", { name: "Partnership che raccontano" }) });
  await expect(showcase.getByRole("heading", { name: "Riso per le mense solidali" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sono un'impresa" })).toHaveAttribute("href", "/signup?kind=company");
  await expect(page.getByRole("link", { name: "Sono un ente del Terzo settore" })).toHaveAttribute("href", "/signup?kind=nonprofit");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Profit and non-profit together" })).toBeVisible();
  await expect(page.getByText("Programme communication")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The choice sticks across pages, and switching back works.
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Log in to Insieme" })).toBeVisible();
  await page.getByRole("button", { name: "Passa all'italiano" }).click();
  await expect(page.getByRole("heading", { name: "Accedi a Insieme" })).toBeVisible();
});

test("the login page is accessible and sends security headers", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  await expectNoSeriousA11yViolations(page);
});

test("an unknown address shows the not-found page with a 404", async ({ page }) => {
  const response = await page.goto("/questa-pagina-non-esiste");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina non trovata" })).toBeVisible();
});

test("the landing page is served from the cache, with a policy naming the hashes of its scripts", async ({ page, request }) => {
  // Every refusal of the policy, seen by the page itself, and every console error.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });

  /** The policy allows this origin and exactly the inline scripts of this HTML, each by its hash. */
  const expectHashPolicy = (policy: string, html: string) => {
    const scriptSources = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1]?.split(" ") ?? [];
    expect(scriptSources).toContain("'self'");
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources.some((source) => source.startsWith("'nonce-"))).toBe(false);
    expect(policy).toContain("object-src 'none'");
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes, text]) => !/\bsrc=/.test(attributes ?? "") && text);
    expect(inline.length).toBeGreaterThan(0);
    for (const [, , text] of inline) expect(scriptSources).toContain(`'sha256-${createHash("sha256").update(text ?? "").digest("base64")}'`);
  };
  const response = await page.goto("/");
  expectHashPolicy(response?.headers()["content-security-policy"] ?? "", (await response?.text()) ?? "");

  // The page works with its JavaScript: a link navigates on the client (the page is not reloaded).
  await expect(page.getByRole("heading", { level: 1, name: "Profit e non profit insieme" })).toBeVisible();
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.locator("header").getByRole("link", { name: "Accedi" }).click();
  await expect(page.getByRole("heading", { name: "Accedi a Insieme" })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  // zod 4 probes once whether eval is allowed (new Function, caught) and does without: the
  // policy refusing it is as meant. Nothing else may be refused.
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations.filter((violation) => violation !== "script-src eval")).toEqual([]);
  expect(consoleErrors.filter((error) => !error.startsWith("Refused to evaluate a string as JavaScript"))).toEqual([]);

  // Served from Next's cache: the second answer is a hit.
  await request.get("/");
  expect((await request.get("/")).headers()["x-nextjs-cache"]).toBe("HIT");
  // And, for a crowd, from the app server's memory in front of Next (app-server.mjs), with
  // the policy of exactly that HTML.
  let fromMemory = await request.get("/");
  await expect
    .poll(async () => {
      fromMemory = await request.get("/");
      return fromMemory.headers()["x-insieme-cache"];
    })
    .toBe("hit");
  expectHashPolicy(fromMemory.headers()["content-security-policy"] ?? "", await fromMemory.text());
  // Never for a visitor with a session cookie, nor for the client router asking for the page's data.
  expect((await request.get("/", { headers: { cookie: "next-auth.session-token=x" } })).headers()["x-insieme-cache"]).toBeUndefined();
  expect((await request.get("/", { headers: { rsc: "1" } })).headers()["x-insieme-cache"]).toBeUndefined();
});

test("every other page, and the landing page of a visitor who chose English, gets a fresh nonce per request", async ({ request }) => {
  const nonceOf = async (path: string, headers: Record<string, string> = {}) => {
    const policy = (await request.get(path, { headers })).headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    return /'nonce-([^']+)'/.exec(policy)?.[1];
  };
  const first = await nonceOf("/login");
  expect(await nonceOf("/login")).not.toBe(first);
  const english = { cookie: `${LOCALE_COOKIE}=en` };
  expect(await nonceOf("/", english)).not.toBe(await nonceOf("/", english));
});
