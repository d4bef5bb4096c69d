import { authenticate } from "@/lib/auth/authenticate";
import { ADDRESS_FAILURES, checkLoginLimit, delayAfterFailures, FREE_FAILURES, MAX_DELAY_SECONDS } from "@/lib/auth/login-rate-limit";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("authenticate (e-mail and password)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("accepts the right password, whatever the case of the e-mail", async () => {
    const user = await createUser(database.db);
    const result = await authenticate(database.db, { email: user.email.toUpperCase(), password: user.password }, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ id: user.id, email: user.email }) });
  });

  it("answers the same for a wrong password, an unknown e-mail and a disabled account", async () => {
    const user = await createUser(database.db);
    const disabled = await createUser(database.db, { disabled: true });
    const answers = await Promise.all([
      authenticate(database.db, { email: user.email, password: "sbagliata" }, "10.0.0.2"),
      authenticate(database.db, { email: "nessuno@example.it", password: "sbagliata" }, "10.0.0.2"),
      authenticate(database.db, { email: disabled.email, password: disabled.password }, "10.0.0.2"),
      authenticate(database.db, { email: "not an email", password: "" }, "10.0.0.2"),
    ]);
    expect(answers).toEqual(Array(4).fill({ ok: false, reason: "invalid" }));
  });

  it("refuses an account whose e-mail is not verified, but says so only to someone with the right password", async () => {
    const user = await createUser(database.db, { emailVerified: false });
    expect(await authenticate(database.db, { email: user.email, password: user.password }, "10.4.0.1")).toEqual({ ok: false, reason: "unverified" });
    expect(await authenticate(database.db, { email: user.email, password: "sbagliata" }, "10.4.0.1")).toEqual({ ok: false, reason: "invalid" });
    await database.db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    expect((await authenticate(database.db, { email: user.email, password: user.password }, "10.4.0.1")).ok).toBe(true);
  });

  it("after repeated failures makes an account wait, even with the right password, then lets the owner in", async () => {
    const user = await createUser(database.db);
    for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1) {
      expect(await authenticate(database.db, { email: user.email, password: "sbagliata" }, `10.1.0.${attempt}`)).toEqual({ ok: false, reason: "invalid" });
    }
    const result = await authenticate(database.db, { email: user.email, password: user.password }, "10.1.1.1");
    expect(result).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: expect.any(Number) });
    expect(result.ok === false && result.reason === "rate-limited" && result.retryAfterSeconds).toBeGreaterThan(25);
    // Half a minute later the owner may try again: the account was delayed, never locked.
    const later = new Date(Date.now() + 31_000);
    expect(await checkLoginLimit(database.db, user.email, "10.1.1.1", later)).toEqual({ blocked: false });
  });

  it("doubles the wait with each further failure, up to 15 minutes", () => {
    expect([4, 5, 6, 7, 8].map(delayAfterFailures)).toEqual([0, 30, 60, 120, 240]);
    expect(delayAfterFailures(12)).toBe(MAX_DELAY_SECONDS);
    expect(delayAfterFailures(500)).toBe(15 * 60);
  });

  it("blocks an address that tries many accounts", async () => {
    const ip = "10.2.0.1";
    for (let attempt = 0; attempt < ADDRESS_FAILURES.limit; attempt += 1) {
      await authenticate(database.db, { email: `sconosciuto-${attempt}@example.it`, password: "x" }, ip);
    }
    const user = await createUser(database.db);
    expect(await authenticate(database.db, { email: user.email, password: user.password }, ip)).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: ADDRESS_FAILURES.windowSeconds });
    // ...while the same account from another address still gets in.
    expect((await authenticate(database.db, { email: user.email, password: user.password }, "10.2.0.2")).ok).toBe(true);
  });

  it("forgets an account's failures after a successful login", async () => {
    const user = await createUser(database.db);
    for (let attempt = 0; attempt < FREE_FAILURES - 1; attempt += 1) {
      await authenticate(database.db, { email: user.email, password: "sbagliata" }, "10.3.0.1");
    }
    expect((await authenticate(database.db, { email: user.email, password: user.password }, "10.3.0.1")).ok).toBe(true);
    await authenticate(database.db, { email: user.email, password: "sbagliata" }, "10.3.0.1");
    expect((await authenticate(database.db, { email: user.email, password: user.password }, "10.3.0.1")).ok).toBe(true);
  });
});
