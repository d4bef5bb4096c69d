import { authenticate } from "@/lib/auth/authenticate";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { EMAIL_REQUESTS_PER_EMAIL } from "@/lib/signup/constants";
import { createEmailToken } from "@/lib/signup/email-token";
import { registerOrganization } from "@/lib/signup/register-organization";
import { resendVerification } from "@/lib/signup/resend-verification";
import { verifyEmail } from "@/lib/signup/verify-email";
import { createUser } from "../../support/factories";
import { signupInput, tokenFromLink, registered } from "../../support/signup-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const visitor = { ip: "10.8.0.1", locale: "it" as const };

describe("e-mail verification", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.NEXTAUTH_URL = "http://localhost:3000";
  });
  afterAll(() => database.cleanup());

  async function signUp() {
    const input = signupInput();
    const result = registered(await registerOrganization(database.db, visitor, input));
    const mail = await database.db.outboxEmail.findFirstOrThrow({ where: { to: input.email }, orderBy: { createdAt: "desc" } });
    return { ...result, input, token: tokenFromLink(mail.text, "/verify-email") };
  }

  it("refuses the first login until the link is followed, then lets the user in", async () => {
    const { input, token, userId } = await signUp();
    const credentials = { email: input.email, password: input.password };
    expect(await authenticate(database.db, credentials, "10.8.1.1")).toEqual({ ok: false, reason: "unverified" });

    expect(await verifyEmail(database.db, { token })).toBe("verified");
    const user = await database.db.user.findUniqueOrThrow({ where: { id: userId }, include: { emailTokens: true } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(user.emailTokens[0]?.usedAt).toBeInstanceOf(Date);
    expect(await authenticate(database.db, credentials, "10.8.1.1")).toMatchObject({ ok: true });
  });

  it("answers calmly when a used link is followed again", async () => {
    const { token } = await signUp();
    await verifyEmail(database.db, { token });
    expect(await verifyEmail(database.db, { token })).toBe("already-verified");
  });

  it("refuses an unknown token, an expired one and a password reset token", async () => {
    await expect(verifyEmail(database.db, { token: "non-esiste" })).rejects.toEqual(new ValidationError("tokenInvalid", "token"));

    const { userId } = await signUp();
    const expired = await createEmailToken(database.db, userId, "VERIFY_EMAIL", -1000);
    await expect(verifyEmail(database.db, { token: expired })).rejects.toEqual(new ValidationError("tokenExpired", "token"));
    const reset = await createEmailToken(database.db, userId, "RESET_PASSWORD", 60_000);
    await expect(verifyEmail(database.db, { token: reset })).rejects.toEqual(new ValidationError("tokenInvalid", "token"));
    expect((await database.db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).toBeNull();
  });

  it("uses a token once even when followed twice at the same time", async () => {
    const { token } = await signUp();
    const answers = await Promise.all([verifyEmail(database.db, { token }), verifyEmail(database.db, { token })]);
    expect(answers.sort()).toEqual(["already-verified", "verified"]);
  });

  describe("resendVerification", () => {
    it("sends a new working link to an unverified account, and the old one keeps working", async () => {
      const { input, token: first } = await signUp();
      await resendVerification(database.db, { ip: "10.8.2.1", locale: "it" }, { email: input.email });
      const mails = await database.db.outboxEmail.findMany({ where: { to: input.email }, orderBy: { createdAt: "asc" } });
      expect(mails).toHaveLength(2);
      const second = tokenFromLink(mails[1]!.text, "/verify-email");
      expect(second).not.toBe(first);
      expect(await verifyEmail(database.db, { token: second })).toBe("verified");
      expect(await verifyEmail(database.db, { token: first })).toBe("already-verified");
    });

    it("answers the same and sends nothing for an unknown, a verified or a disabled account", async () => {
      const verified = await createUser(database.db);
      const disabled = await createUser(database.db, { disabled: true, emailVerified: false });
      const before = await database.db.outboxEmail.count();
      const answers = await Promise.all(
        ["nessuno@example.it", verified.email, disabled.email].map((email) => resendVerification(database.db, { ip: "10.8.3.1", locale: "it" }, { email })),
      );
      expect(answers).toEqual([undefined, undefined, undefined]);
      expect(await database.db.outboxEmail.count()).toBe(before);
    });

    it("limits requests for one e-mail, whether or not it has an account", async () => {
      for (const email of ["limite@example.it", (await signUp()).input.email]) {
        for (let attempt = 0; attempt < EMAIL_REQUESTS_PER_EMAIL.limit; attempt += 1) {
          await resendVerification(database.db, { ip: `10.8.4.${attempt}`, locale: "it" }, { email });
        }
        await expect(resendVerification(database.db, { ip: "10.8.4.99", locale: "it" }, { email })).rejects.toMatchObject({ constructor: RateLimitedError, retryAfterSeconds: expect.any(Number) });
      }
    });
  });
});
