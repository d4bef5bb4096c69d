import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { createPartnerUser } from "../support/factories";
import { connectAppDatabase } from "./support/app-database";
import { serverActions } from "./support/fuzz-targets";
import { logIn } from "./support/session";

// Requests a browser would never send, over real HTTP to the production build: each is a
// 4xx, never a 500. Raw node:http, so that the paths reach the server byte for byte.

function raw(baseURL: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(baseURL);
    const request = http.request({ host: url.hostname, port: url.port, path, method: options.method ?? "GET", headers: options.headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

async function sessionCookie(page: Page): Promise<string> {
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

const MALFORMED = ["%E0%A4%A", "%ED%A0%80", "a%00b", "%"];

test("malformed %-encoding and junk ids in route segments are 404, logged in or not", async ({ page, baseURL }) => {
  const base = baseURL ?? "";
  for (const segment of MALFORMED) {
    expect([segment, (await raw(base, `/workspace/partnerships/${segment}`)).status]).toEqual([segment, 404]);
    // Route handlers too (found by the fuzz test, seed 1890614230: /api/auth/%C0%AF was a 500).
    expect([segment, (await raw(base, `/api/auth/${segment}`)).status]).toEqual([segment, 404]);
  }
  expect((await raw(base, "/api/auth/%C0%AF?year=%")).status).toBe(404);
  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  const cookie = await sessionCookie(page);
  const long = "x".repeat(200);
  const paths = [
    ...MALFORMED.flatMap((segment) => [`/workspace/partnerships/${segment}`, `/workspace/organizations/${segment}`, `/partnerships/${segment}/report/csv`]),
    `/workspace/organizations/${long}`,
    `/workspace/partnerships/${long}`,
    `/partnerships/${long}/report/csv`,
    `/partnerships/${long}/agreement/pdf`,
  ];
  for (const path of paths) {
    const answer = await raw(base, path, { headers: { cookie } });
    expect([path, answer.status]).toEqual([path, 404]);
  }
  // The not-found page itself is the app's, with its nonce-based policy.
  const page404 = await page.goto("/workspace/partnerships/%E0%A4%A");
  expect(page404?.status()).toBe(404);
  expect(page404?.headers()["content-security-policy"]).toContain("nonce-");
});

test("the board move accepts only same-origin JSON", async ({ page, baseURL }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/staff/);
  const cookie = await sessionCookie(page);
  const origin = new URL(baseURL ?? "").origin;
  const body = JSON.stringify({ partnershipId: "nessuna", fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
  const move = (headers: Record<string, string>, payload = body) =>
    raw(origin, "/staff/board/move", { method: "POST", headers: { cookie, ...headers }, body: payload });

  expect((await move({ origin: "https://evil.example", "content-type": "application/json" })).status).toBe(403);
  expect((await move({ origin, "content-type": "text/plain" })).status).toBe(415);
  expect((await move({ origin, "content-type": "application/json" }, JSON.stringify({ padding: "x".repeat(100_000) }))).status).toBe(413);
  // The control: the same request from our own origin gets through to the move (no such partnership).
  expect((await move({ origin, "content-type": "application/json" })).status).toBe(404);
});

test("a cross-origin server action is 403, an oversized one 413 and undecodable arguments 400, not Next's 500", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const origin = new URL(base).origin;
  // Any action of the build: the refusal comes before Next looks the action up.
  const [action] = serverActions();
  expect(action).toBeDefined();
  const post = (headers: Record<string, string>, body: string) =>
    raw(base, "/login", { method: "POST", headers: { "next-action": action!.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...headers }, body });

  for (const evil of ["https://evil.example", "null", `${origin.replace(/:\d+$/, "")}:1`]) {
    const answer = await post({ origin: evil }, "[]");
    expect([evil, answer.status]).toEqual([evil, 403]);
  }
  expect((await post({ origin }, "x".repeat(3 * 1024 * 1024 + 1))).status).toBe(413);
  // Arguments Next cannot decode: not JSON, not a list, a reference to a part the body does not carry.
  for (const body of ["not json", "{}", '["$@1"]', '[{"status":"idle"},"$Q5"]']) {
    expect([body, (await post({ origin }, body)).status]).toEqual([body, 400]);
  }
  // A progressively enhanced form post (no Next-Action header) from another site too.
  const form = await raw(base, "/login", { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "a=1" });
  expect(form.status).toBe(403);
  // The control: the same request from our own origin reaches Next (whatever the action answers, no refusal of ours).
  expect([403, 411, 413]).not.toContain((await post({ origin }, "[]")).status);
});

test("a partner opening another organisation's partnership gets a 404, recorded once as a refused access", async ({ page }) => {
  const db = await connectAppDatabase();
  try {
    const outsider = await createPartnerUser(db, "COMPANY");
    const theirs = await db.partnership.findFirstOrThrow({ where: { companyId: { not: outsider.organization.id } }, select: { id: true } });
    await logIn(page, { email: outsider.user.email, password: outsider.user.password });
    await expect(page).not.toHaveURL(/\/login/);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await page.goto(`/workspace/partnerships/${theirs.id}`))?.status()).toBe(404);
    }
    expect((await page.goto("/workspace/partnerships/nessuna-partnership"))?.status()).toBe(404);
    const rows = await db.auditLog.findMany({ where: { action: "access.refused", actorId: outsider.user.id }, select: { targetType: true, targetId: true, ipAddress: true } });
    expect(rows).toEqual([{ targetType: "Partnership", targetId: theirs.id, ipAddress: expect.stringMatching(/127\.0\.0\.1|::1/) }]);
  } finally {
    await db.$disconnect();
  }
});
