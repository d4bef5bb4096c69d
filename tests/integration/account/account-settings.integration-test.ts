import { changePassword } from "@/lib/account/change-password";
import { confirmEmailChange } from "@/lib/account/confirm-email-change";
import { getAccount } from "@/lib/account/get-account";
import { requestEmailChange } from "@/lib/account/request-email-change";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { updateAccountProfile } from "@/lib/account/update-account-profile";
import { withdrawConsent } from "@/lib/account/withdraw-consent";
import { changePasswordSchema, withdrawConsentSchema } from "@/lib/account/account-schemas";
import { authenticate } from "@/lib/auth/authenticate";
import { RateLimitedError, ValidationError, NotFoundError } from "@/lib/errors";
import { createPartnerUser, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const NEW_PASSWORD = "Girasole-tramonto-marmellata-42";

describe("the account page's services", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  function tokenOf(text: string): string {
    const match = /confirm-email\?token=([A-Za-z0-9_%-]+)/.exec(text);
    if (!match) throw new Error(`no link in ${text}`);
    return decodeURIComponent(match[1]!);
  }

  it("saves the person's own name and language, with an audit row", async () => {
    const user = await createUser(database.db);
    await updateAccountProfile(database.db, user, { name: "Anna Bianchi", locale: "en" });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, locale: true } })).toEqual({ name: "Anna Bianchi", locale: "en" });
    expect(await database.db.auditLog.count({ where: { action: "account.update-profile", targetId: user.id } })).toBe(1);
  });

  describe("password change", () => {
    it("refuses a wrong current password and a weak new one, and changes nothing", async () => {
      const user = await createUser(database.db);
      await expect(changePassword(database.db, user, { currentPassword: "sbagliata", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).rejects.toMatchObject({
        message: "currentPasswordWrong",
        field: "currentPassword",
      });
      await expect(changePassword(database.db, user, { currentPassword: user.password, newPassword: "password12345", confirmPassword: "password12345" })).rejects.toBeInstanceOf(ValidationError);
      expect((await authenticate(database.db, { email: user.email, password: user.password }, "198.51.100.1")).ok).toBe(true);
    });

    it("the schema refuses two different new passwords on the confirmation field", () => {
      const parsed = changePasswordSchema.safeParse({ currentPassword: "x", newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "passwordsDiffer" });
    });

    it("sets the new password and bumps the session version, so every other session ends", async () => {
      const user = await createUser(database.db);
      const result = await changePassword(database.db, user, { currentPassword: user.password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
      expect(result.sessionVersion).toBe(user.sessionVersion + 1);
      expect((await authenticate(database.db, { email: user.email, password: user.password }, "198.51.100.2")).ok).toBe(false);
      expect((await authenticate(database.db, { email: user.email, password: NEW_PASSWORD }, "198.51.100.2")).ok).toBe(true);
      expect(await database.db.auditLog.count({ where: { action: "account.change-password", targetId: user.id } })).toBe(1);
    });
  });

  describe("e-mail change", () => {
    it("sends a link to the new address, tells the old one, and changes the address only when the link is followed", async () => {
      const user = await createUser(database.db);
      await requestEmailChange(database.db, user, { newEmail: "nuova.casella@example.it", currentPassword: user.password });
      expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
      const [link] = await database.db.outboxEmail.findMany({ where: { to: "nuova.casella@example.it" } });
      const [notice] = await database.db.outboxEmail.findMany({ where: { to: user.email } });
      expect(notice!.text).toContain("nuova.casella@example.it");
      expect(notice!.text).not.toContain("confirm-email");
      expect((await getAccount(database.db, user)).pendingEmail).toBe("nuova.casella@example.it");

      await expect(confirmEmailChange(database.db, { token: tokenOf(link!.text) })).resolves.toEqual({ email: "nuova.casella@example.it" });
      expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("nuova.casella@example.it");
      expect((await authenticate(database.db, { email: "nuova.casella@example.it", password: user.password }, "198.51.100.3")).ok).toBe(true);
      // The link works once.
      await expect(confirmEmailChange(database.db, { token: tokenOf(link!.text) })).rejects.toMatchObject({ message: "tokenInvalid" });
    });

    it("refuses the change when the address was taken meanwhile, and a link of a request replaced by a newer one", async () => {
      const user = await createUser(database.db);
      const other = await createUser(database.db);
      await requestEmailChange(database.db, user, { newEmail: "contesa@example.it", currentPassword: user.password });
      const first = tokenOf((await database.db.outboxEmail.findFirstOrThrow({ where: { to: "contesa@example.it" } })).text);
      await database.db.user.update({ where: { id: other.id }, data: { email: "contesa@example.it" } });
      await expect(confirmEmailChange(database.db, { token: first })).rejects.toMatchObject({ message: "emailTaken" });
      expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

      await requestEmailChange(database.db, user, { newEmail: "seconda@example.it", currentPassword: user.password });
      await expect(confirmEmailChange(database.db, { token: first })).rejects.toMatchObject({ message: "tokenInvalid" });
    });

    it("refuses the current address and a wrong password", async () => {
      const user = await createUser(database.db);
      await expect(requestEmailChange(database.db, user, { newEmail: user.email, currentPassword: user.password })).rejects.toMatchObject({ field: "newEmail", message: "emailUnchanged" });
      await expect(requestEmailChange(database.db, user, { newEmail: "x@example.it", currentPassword: "no" })).rejects.toMatchObject({ field: "currentPassword" });
      expect(await database.db.emailToken.count({ where: { userId: user.id, purpose: "CHANGE_EMAIL" } })).toBe(0);
    });
  });

  describe("consents", () => {
    it("withdraws the newsletter consent keeping the row and its date; the privacy notice's is not withdrawable", async () => {
      const user = await createUser(database.db);
      await database.db.consent.createMany({
        data: [
          { userId: user.id, kind: "privacy-notice", version: "2026-11-01" },
          { userId: user.id, kind: "newsletter", version: "2026-11-01" },
        ],
      });
      expect(withdrawConsentSchema.safeParse({ kind: "privacy-notice" }).success).toBe(false);
      await withdrawConsent(database.db, user, { kind: "newsletter" });
      const consents = (await getAccount(database.db, user)).consents;
      expect(consents.find((consent) => consent.kind === "newsletter")?.withdrawnAt).toBeInstanceOf(Date);
      expect(consents.find((consent) => consent.kind === "privacy-notice")).toMatchObject({ withdrawnAt: null, optional: false });
      await expect(withdrawConsent(database.db, user, { kind: "newsletter" })).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  it("signs out everywhere: the session version changes and the audit log says so", async () => {
    const user = await createUser(database.db);
    await signOutEverywhere(database.db, user);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion + 1);
    expect(await database.db.auditLog.count({ where: { action: "account.sign-out-everywhere", targetId: user.id } })).toBe(1);
  });

  it("limits account changes per person, so a stolen session cannot guess the password for long", async () => {
    const { user } = await createPartnerUser(database.db, "COMPANY");
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await expect(requestEmailChange(database.db, user, { newEmail: "x@example.it", currentPassword: "tentativo" })).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(requestEmailChange(database.db, user, { newEmail: "x@example.it", currentPassword: user.password })).rejects.toBeInstanceOf(RateLimitedError);
  });
});
