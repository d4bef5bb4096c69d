import { RateLimitedError, ValidationError } from "@/lib/errors";
import { SIGNUP_PER_ADDRESS, PRIVACY_NOTICE_VERSION } from "@/lib/signup/constants";
import { hashEmailToken } from "@/lib/signup/email-token";
import { registerOrganization } from "@/lib/signup/register-organization";
import { createUser } from "../../support/factories";
import { decodedBody, registered, signupInput, startLoopbackSmtpServer, tokenFromLink } from "../../support/signup-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";

const visitor = (ip: string) => ({ ip, locale: "it" as const });

describe("registerOrganization (signup of an organisation and its first user)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.NEXTAUTH_URL = "https://insieme.example";
  });
  afterAll(() => database.cleanup());

  it("creates a pending organisation, its owner, the consents and a hashed verification token in one go", async () => {
    const db = database.db;
    const input = signupInput({ kind: "NONPROFIT", newsletterConsent: true });
    const result = registered(await registerOrganization(db, { ip: "10.9.0.1", locale: "en" }, input));

    const organization = await db.organization.findUniqueOrThrow({ where: { id: result.organizationId } });
    expect(organization).toMatchObject({
      kind: "NONPROFIT",
      name: input.organizationName,
      taxCode: input.taxCode,
      comune: "Vigevano",
      status: "PENDING",
      contactName: input.name,
      contactEmail: input.email,
      contactPhone: "0382 123456",
      website: "https://www.esempio.it",
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, include: { memberships: true, consents: true, emailTokens: true } });
    expect(user).toMatchObject({ email: input.email, role: "PARTNER", locale: "en", emailVerifiedAt: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.memberships).toEqual([expect.objectContaining({ organizationId: organization.id, role: "OWNER" })]);
    expect(user.consents.map(({ kind, version }) => ({ kind, version })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "newsletter", version: PRIVACY_NOTICE_VERSION },
      { kind: "privacy-notice", version: PRIVACY_NOTICE_VERSION },
    ]);
    expect(user.emailTokens).toHaveLength(1);
    const token = user.emailTokens[0]!;
    expect(token.purpose).toBe("VERIFY_EMAIL");
    const hoursValid = (token.expiresAt.getTime() - token.createdAt.getTime()) / 3_600_000;
    expect(hoursValid).toBeCloseTo(24, 1);

    // The e-mail (English, the visitor's language) carries the raw token; only its hash is stored.
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: input.email } });
    expect(mail.subject).toBe("Insieme: confirm your e-mail address");
    const raw = tokenFromLink(mail.text, "https://insieme.example/verify-email");
    expect(hashEmailToken(raw)).toBe(token.tokenHash);
    expect(mail.text).not.toContain(token.tokenHash);
    expect(await db.auditLog.findFirst({ where: { targetId: organization.id } })).toMatchObject({ actorId: user.id, action: "organization.signed-up" });
  });

  it("records only the privacy consent when the optional one is not given", async () => {
    const result = registered(await registerOrganization(database.db, visitor("10.9.0.2"), signupInput()));
    const consents = await database.db.consent.findMany({ where: { userId: result.userId }, select: { kind: true } });
    expect(consents).toEqual([{ kind: "privacy-notice" }]);
  });

  it("tells every active staff member and administrator, in the app", async () => {
    const db = database.db;
    const [staff, admin, disabledStaff, partner] = await Promise.all([
      createUser(db, { role: "STAFF" }),
      createUser(db, { role: "ADMIN" }),
      createUser(db, { role: "STAFF", disabled: true }),
      createUser(db),
    ]);
    const input = signupInput();
    await registerOrganization(db, visitor("10.9.0.3"), input);
    const notifications = await db.notification.findMany({ where: { kind: "organization.signed-up", params: { equals: { organizationName: input.organizationName } } } });
    const told = notifications.map((notification) => notification.userId);
    expect(told).toEqual(expect.arrayContaining([staff.id, admin.id]));
    expect(told).not.toContain(disabledStaff.id);
    expect(told).not.toContain(partner.id);
    expect(notifications[0]?.link).toBe("/staff/organizations");
  });

  it("refuses a tax code already registered, however it is typed, and saves nothing", async () => {
    const db = database.db;
    const first = signupInput();
    await registerOrganization(db, visitor("10.9.1.1"), first);
    const again = signupInput({ taxCode: ` ${first.taxCode.slice(0, 4)} ${first.taxCode.slice(4)}` });
    const before = await Promise.all([db.organization.count(), db.user.count(), db.outboxEmail.count()]);

    await expect(registerOrganization(db, visitor("10.9.1.1"), again)).rejects.toEqual(new ValidationError("taxCodeTaken", "taxCode"));
    expect(await Promise.all([db.organization.count(), db.user.count(), db.outboxEmail.count()])).toEqual(before);
    expect(await db.user.findUnique({ where: { email: again.email } })).toBeNull();
  });

  it("answers an e-mail that already has an account like a new one, saves nothing and tells the owner", async () => {
    const db = database.db;
    const existing = await createUser(db);
    await db.user.update({ where: { id: existing.id }, data: { locale: "en" } });
    const input = signupInput({ email: existing.email.toUpperCase() });
    const before = await Promise.all([db.organization.count(), db.user.count(), db.emailToken.count()]);

    const result = await registerOrganization(db, visitor("10.9.1.2"), { ...input, email: existing.email });
    expect(result).toEqual({ outcome: "email-taken", email: existing.email });
    expect(await Promise.all([db.organization.count(), db.user.count(), db.emailToken.count()])).toEqual(before);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: existing.email } });
    expect(mail.subject).toBe("Insieme: someone tried to sign up with your e-mail");
    expect(mail.text).toContain("https://insieme.example/forgot-password");
  });

  it("refuses a weak password on the server, naming why", async () => {
    const refused = registerOrganization(database.db, visitor("10.9.1.3"), signupInput({ password: "password1234" }));
    await expect(refused).rejects.toEqual(new ValidationError("passwordCommon", "password"));
    const own = signupInput();
    await expect(registerOrganization(database.db, visitor("10.9.1.3"), { ...own, password: own.email })).rejects.toEqual(new ValidationError("passwordIsEmail", "password"));
  });

  it("lets only one of two simultaneous signups with the same tax code through", async () => {
    const db = database.db;
    const first = signupInput();
    const second = signupInput({ taxCode: first.taxCode });
    const outcomes = await Promise.allSettled([
      registerOrganization(db, visitor("10.9.2.1"), first),
      registerOrganization(db, visitor("10.9.2.2"), second),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(rejected.map((outcome) => outcome.reason)).toEqual([new ValidationError("taxCodeTaken", "taxCode")]);
    expect(await db.organization.count({ where: { taxCode: first.taxCode } })).toBe(1);
    // The loser left no user behind.
    expect(await db.user.count({ where: { email: { in: [first.email, second.email] } } })).toBe(1);
  });

  it("limits signups from one address", async () => {
    const ip = "10.9.3.1";
    for (let attempt = 0; attempt < SIGNUP_PER_ADDRESS.limit; attempt += 1) {
      await registerOrganization(database.db, visitor(ip), signupInput());
    }
    const refused = signupInput();
    await expect(registerOrganization(database.db, visitor(ip), refused)).rejects.toMatchObject({ constructor: RateLimitedError, retryAfterSeconds: expect.any(Number) });
    expect(await database.db.organization.count({ where: { taxCode: refused.taxCode } })).toBe(0);
    // Another address is not affected.
    await expect(registerOrganization(database.db, visitor("10.9.3.2"), signupInput())).resolves.toMatchObject({ organizationId: expect.any(String) });
  });

  describe("with SMTP_URL set", () => {
    let smtp: Awaited<ReturnType<typeof startLoopbackSmtpServer>>;
    beforeAll(async () => {
      smtp = await startLoopbackSmtpServer();
      process.env.SMTP_URL = smtp.url;
    });
    afterAll(async () => {
      delete process.env.SMTP_URL;
      await smtp.close();
    });

    it("delivers the verification e-mail to a real SMTP server, with the link, through the outbox", async () => {
      const input = signupInput();
      const result = registered(await registerOrganization(database.db, visitor("10.9.4.1"), input));
      // The request only wrote the outbox; the worker sends.
      expect(smtp.received.find((mail) => mail.to.includes(input.email))).toBeUndefined();
      expect(await database.db.outboxEmail.findFirst({ where: { to: input.email } })).toMatchObject({ status: "PENDING", attempts: 0 });
      await deliverOutbox(database.db);

      const message = smtp.received.find((mail) => mail.to.includes(input.email));
      expect(message).toBeDefined();
      expect(message!.raw).toMatch(/^Subject: Insieme: conferma il tuo indirizzo e-mail/m);
      const token = tokenFromLink(decodedBody(message!.raw), "https://insieme.example/verify-email");
      const stored = await database.db.emailToken.findFirstOrThrow({ where: { userId: result.userId } });
      expect(hashEmailToken(token)).toBe(stored.tokenHash);
      // The outbox keeps a copy, marked as sent.
      expect(await database.db.outboxEmail.findFirst({ where: { to: input.email } })).toMatchObject({ status: "SENT", attempts: 1, lastError: null, sentAt: expect.any(Date) });
    });
  });

  describe("with an SMTP server that cannot be reached", () => {
    beforeAll(async () => {
      // A port that was just free: nothing listens there.
      const smtp = await startLoopbackSmtpServer();
      await smtp.close();
      process.env.SMTP_URL = smtp.url;
    });
    afterAll(() => {
      delete process.env.SMTP_URL;
    });

    it("keeps the signup and the message, which waits for another try", async () => {
      const input = signupInput();
      await registerOrganization(database.db, visitor("10.9.5.1"), input);
      expect(await database.db.user.findUnique({ where: { email: input.email } })).not.toBeNull();
      await deliverOutbox(database.db);
      const mail = await database.db.outboxEmail.findFirstOrThrow({ where: { to: input.email } });
      expect(mail).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null, lastError: expect.any(String) });
      expect(mail.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    });
  });
});
