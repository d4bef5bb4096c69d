import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logIn, logOut } from "./support/session";

const LANDINGS = [
  { account: DEMO_ACCOUNTS.staff, path: "/staff", heading: "Tutte le partnership" },
  { account: DEMO_ACCOUNTS.admin, path: "/staff", heading: "Tutte le partnership" },
  { account: DEMO_ACCOUNTS.company, path: "/workspace", heading: "Ticino Digitale S.r.l." },
  { account: DEMO_ACCOUNTS.nonprofit, path: "/workspace", heading: "Tessere Insieme cooperativa sociale" },
];

for (const { account, path, heading } of LANDINGS) {
  test(`${account.role} ${account.email} logs in and lands on ${path}`, async ({ page }) => {
    await logIn(page, account);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await logOut(page);
  });
}

test("a partner sees its partnerships, and the demo partnership is one of them", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page.getByRole("heading", { name: "Competenze digitali per l'inclusione" })).toBeVisible();
  await expect(page.getByText("Tessere Insieme cooperativa sociale · Pavia")).toBeVisible();
});

test("a partner opening a staff page is refused with 403", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.nonprofit);
  await expect(page).toHaveURL("/workspace");
  for (const path of ["/staff", "/admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accesso non consentito" })).toBeVisible();
    await expect(page.getByText("Competenze digitali per l'inclusione")).toHaveCount(0);
  }
});

test("staff may not open the administrators' page", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
});

test("a logged-out visitor is sent to login, and back where they were going after it", async ({ page }) => {
  await page.goto("/workspace");
  await expect(page).toHaveURL("/login?callbackUrl=%2Fworkspace");
  const form = page.locator("main form");
  await form.getByLabel("E-mail").fill(DEMO_ACCOUNTS.company.email);
  await form.getByLabel("Password").fill(DEMO_ACCOUNTS.company.password);
  await form.getByRole("button", { name: "Accedi" }).click();
  await expect(page).toHaveURL("/workspace");
});

test("a wrong password shows a clear message, and empty fields say what is missing", async ({ page }) => {
  await page.goto("/login");
  const form = page.locator("main form");
  await form.getByRole("button", { name: "Accedi" }).click();
  await expect(form.getByText("Inserisci l'e-mail.")).toBeVisible();
  await expect(form.getByText("Inserisci la password.")).toBeVisible();

  await form.getByLabel("E-mail").fill(DEMO_ACCOUNTS.staff.email);
  await form.getByLabel("Password").fill("password-sbagliata");
  await form.getByRole("button", { name: "Accedi" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("E-mail o password non corrette.");
  await expect(page).toHaveURL("/login");
});
