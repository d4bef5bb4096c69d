import { expect, type Page } from "@playwright/test";

/** Logs in through the real form, the way a person does. */
export async function logIn(page: Page, credentials: { email: string; password: string }, path = "/login") {
  await page.goto(path);
  const form = page.locator("main form");
  await form.getByLabel("E-mail").fill(credentials.email);
  await form.getByLabel("Password").fill(credentials.password);
  await form.getByRole("button", { name: "Accedi" }).click();
}

/** Logs out with the header button; next-auth then brings the visitor to the landing page. */
export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Esci", exact: true }).click();
  await page.waitForURL("/", { timeout: 30_000 });
  await expect(page.getByRole("link", { name: "Accedi", exact: true })).toBeVisible();
}
