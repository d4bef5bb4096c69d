import { authenticate } from "@/lib/auth/authenticate";
import { FREE_FAILURES } from "@/lib/auth/login-rate-limit";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { EMAIL_REQUESTS_PER_ADDRESS, EMAIL_REQUESTS_PER_EMAIL } from "@/lib/signup/constants";
import { createEmailToken } from "@/lib/signup/email-token";
import { requestPasswordReset } from "@/lib/signup/request-password-reset";
import { resetPassword } from "@/lib/signup/reset-password";
import { createUser } from "../../support/factories";
import { tokenFromLink } from "../../support/signup-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const NEW_PASSWORD = "una nuova password lunga";

describe("password reset by e-mail", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.NEXTAUTH_URL = "http://localhost:3000";
  });
  afterAll(() => database.cleanup());

  async function requestLink(email: string, ip = "10.7.0.1") {
    await requestPasswordReset(database.db, { ip, locale: "it" }, { email });
    const mail = await database.db.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
    return { mail, token: tokenFromLink(mail.text, "/reset-password") };
  }

  it("sends a link valid for one hour that sets a new password and ends every other session", async () => {
    const user = await createUser(database.db);
    const { mail, token } = await requestLink(user.email.toUpperCase().toLowerCase());
    expect(mail.subject).toBe("Insieme: reimposta la password");
    const stored = await database.db.emailToken.findFirstOrThrow({ where: { userId: user.id, purpose: "RESET_PASSWORD" } });
    expect((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 60_000).toBeCloseTo(60, 0);

    expect(await resetPassword(database.db, { token, password: NEW_PASSWORD })).toEqual({ email: user.email });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await database.db.auditLog.count({ where: { targetId: user.id, action: "user.password-reset" } })).toBe(1);
    expect(await authenticate(database.db, { email: user.email, password: NEW_PASSWORD }, "10.7.1.1")).toMatchObject({ ok: true });
    expect(await authenticate(database.db, { email: user.email, password: user.password }, "10.7.1.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("uses a link once, and a new password invalidates every other link of the user", async () => {
    const user = await createUser(database.db);
    const { token: older } = await requestLink(user.email);
    const { token: newer } = await requestLink(user.email);
    await resetPassword(database.db, { token: newer, password: NEW_PASSWORD });
    await expect(resetPassword(database.db, { token: newer, password: "ancora un'altra password" })).rejects.toEqual(new ValidationError("tokenInvalid", "token"));
    await expect(resetPassword(database.db, { token: older, password: "ancora un'altra password" })).rejects.toEqual(new ValidationError("tokenInvalid", "token"));
  });

  it("refuses an expired link, a verification link and an unknown one", async () => {
    const user = await createUser(database.db);
    const expired = await createEmailToken(database.db, user.id, "RESET_PASSWORD", -1);
    const verification = await createEmailToken(database.db, user.id, "VERIFY_EMAIL", 60_000);
    for (const token of [expired, verification, "inventato"]) {
      await expect(resetPassword(database.db, { token, password: NEW_PASSWORD })).rejects.toEqual(new ValidationError("tokenInvalid", "token"));
    }
    expect(await authenticate(database.db, { email: user.email, password: user.password }, "10.7.2.1")).toMatchObject({ ok: true });
  });

  it("refuses the e-mail as the new password", async () => {
    const user = await createUser(database.db);
    const { token } = await requestLink(user.email);
    await expect(resetPassword(database.db, { token, password: user.email })).rejects.toEqual(new ValidationError("passwordIsEmail", "password"));
  });

  it("refuses a common or guessable new password, saying why, and keeps the link usable", async () => {
    const user = await createUser(database.db);
    const { token } = await requestLink(user.email);
    await expect(resetPassword(database.db, { token, password: "password1234" })).rejects.toEqual(new ValidationError("passwordCommon", "password"));
    await expect(resetPassword(database.db, { token, password: "123456789012" })).rejects.toEqual(new ValidationError("passwordCommon", "password"));
    await expect(resetPassword(database.db, { token, password: "insiemeinsieme" })).rejects.toEqual(new ValidationError("passwordIsPersonal", "password"));
    const local = user.email.split("@")[0]!;
    await expect(resetPassword(database.db, { token, password: `${local}${local}` })).rejects.toBeInstanceOf(ValidationError);
    expect(await resetPassword(database.db, { token, password: NEW_PASSWORD })).toEqual({ email: user.email });
  });

  it("works while the account is delayed by someone's wrong guesses, and ends the delay", async () => {
    const user = await createUser(database.db);
    for (let attempt = 0; attempt < FREE_FAILURES + 3; attempt += 1) {
      await authenticate(database.db, { email: user.email, password: "sbagliata" }, `10.7.3.${attempt}`);
    }
    expect(await authenticate(database.db, { email: user.email, password: user.password }, "10.7.4.1")).toMatchObject({ reason: "rate-limited" });
    const { token } = await requestLink(user.email, "10.7.4.2");
    await resetPassword(database.db, { token, password: NEW_PASSWORD });
    expect(await authenticate(database.db, { email: user.email, password: NEW_PASSWORD }, "10.7.4.1")).toMatchObject({ ok: true });
  });

  it("verifies the e-mail of an account that had not done it yet: the link reached the inbox", async () => {
    const user = await createUser(database.db, { emailVerified: false });
    const { token } = await requestLink(user.email);
    await resetPassword(database.db, { token, password: NEW_PASSWORD });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("answers the same whether or not the account exists, and writes only to real accounts", async () => {
    const user = await createUser(database.db);
    const disabled = await createUser(database.db, { disabled: true });
    const emails = [user.email, "sconosciuto@example.it", disabled.email];
    const answers = await Promise.all(emails.map((email) => requestPasswordReset(database.db, { ip: "10.7.3.1", locale: "it" }, { email })));
    expect(answers).toEqual([undefined, undefined, undefined]);
    expect(await database.db.outboxEmail.findMany({ where: { to: { in: emails } }, select: { to: true } })).toEqual([{ to: user.email }]);
  });

  it("limits requests per e-mail and per address", async () => {
    const user = await createUser(database.db);
    for (let attempt = 0; attempt < EMAIL_REQUESTS_PER_EMAIL.limit; attempt += 1) await requestLink(user.email, `10.7.4.${attempt}`);
    await expect(requestPasswordReset(database.db, { ip: "10.7.4.50", locale: "it" }, { email: user.email })).rejects.toMatchObject({ constructor: RateLimitedError, retryAfterSeconds: expect.any(Number) });

    const ip = "10.7.5.1";
    for (let attempt = 0; attempt < EMAIL_REQUESTS_PER_ADDRESS.limit; attempt += 1) {
      await requestPasswordReset(database.db, { ip, locale: "it" }, { email: `persona-${attempt}@example.it` });
    }
    await expect(requestPasswordReset(database.db, { ip, locale: "it" }, { email: "altra@example.it" })).rejects.toMatchObject({ constructor: RateLimitedError, retryAfterSeconds: expect.any(Number) });
  });
});
