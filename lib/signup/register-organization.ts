import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { notify } from "@/lib/notifications/notify";
import { OPTIONAL_CONSENTS, PRIVACY_CONSENT_KIND, PRIVACY_NOTICE_VERSION, VERIFY_EMAIL_TTL_MS } from "./constants";
import { createEmailToken } from "./email-token";
import { limitSignups } from "./rate-limit";
import { sendSignupAttemptMail, sendVerificationMail } from "./signup-mail";
import type { SignupInput } from "./signup-schema";

/** Who is signing up: nobody is logged in yet, so the address and the language stand in. */
export type Visitor = { ip: string; locale: Locale };

/**
 * "email-taken": the e-mail already has an account. The caller must answer exactly as for
 * "registered" (same page, same message): only the owner of the inbox learns, by e-mail.
 */
export type RegistrationResult =
  | { outcome: "registered"; organizationId: string; userId: string; email: string }
  | { outcome: "email-taken"; email: string };

type ExistingAccount = { id: string; email: string; name: string; locale: string };

async function findDuplicate(db: Database, input: SignupInput): Promise<{ taxCodeTaken: boolean; account: ExistingAccount | null }> {
  const [organization, account] = await Promise.all([
    db.organization.findUnique({ where: { taxCode: input.taxCode }, select: { id: true } }),
    db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true, locale: true } }),
  ]);
  return { taxCodeTaken: organization !== null, account };
}

/** Tells the owner of an e-mail that someone tried to sign up with it; nothing is saved. */
async function answerTakenEmail(db: Database, account: ExistingAccount): Promise<RegistrationResult> {
  await sendSignupAttemptMail(db, account);
  return { outcome: "email-taken", email: account.email };
}

/**
 * Signs up an organisation with its first user (the owner), in one transaction: the
 * organisation waits for CSV staff (PENDING), the user must verify the e-mail before the
 * first login. Then the verification e-mail goes out and staff are told.
 *
 * An e-mail that already has an account is not revealed: the same work is done (the
 * password is hashed either way, so the timing matches), the answer looks the same, and
 * the owner of the address is told by e-mail. The tax code of an organisation is public
 * (the business registers), so "taxCodeTaken" may be said.
 *
 * @throws RateLimitedError too many signups from this address
 * @throws ValidationError a weak password, or the tax code is already registered (field named)
 */
export async function registerOrganization(db: Database, visitor: Visitor, input: SignupInput): Promise<RegistrationResult> {
  await limitSignups(db, visitor.ip);
  const problem = await passwordProblem(input.password, { email: input.email, name: input.name, organizationName: input.organizationName });
  if (problem) throw new ValidationError(problem, "password");
  const duplicate = await findDuplicate(db, input);
  if (duplicate.taxCodeTaken) throw new ValidationError("taxCodeTaken", "taxCode");

  const passwordHash = await hashPassword(input.password);
  if (duplicate.account) return answerTakenEmail(db, duplicate.account);
  const consents = [
    { kind: PRIVACY_CONSENT_KIND, version: PRIVACY_NOTICE_VERSION },
    ...OPTIONAL_CONSENTS.filter((kind) => input[`${kind}Consent`]).map((kind) => ({ kind, version: PRIVACY_NOTICE_VERSION })),
  ];

  let created: { organizationId: string; userId: string; token: string };
  try {
    created = await db.$transaction(async (tx) => {
      const organization = await tx.organization.create({
        data: {
          kind: input.kind,
          name: input.organizationName,
          taxCode: input.taxCode,
          comune: input.comune,
          status: "PENDING",
          contactName: input.name,
          contactEmail: input.email,
          contactPhone: input.phone ?? null,
          website: input.website ?? null,
        },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: "PARTNER", locale: visitor.locale },
        select: { id: true },
      });
      await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "OWNER" } });
      await tx.consent.createMany({ data: consents.map((consent) => ({ ...consent, userId: user.id })) });
      const token = await createEmailToken(tx, user.id, "VERIFY_EMAIL", VERIFY_EMAIL_TTL_MS);
      await recordAudit(tx, {
        actorId: user.id,
        action: "organization.signed-up",
        targetType: "Organization",
        targetId: organization.id,
        after: { kind: input.kind, name: input.organizationName, taxCode: input.taxCode, consents: consents.map((consent) => consent.kind) },
      });
      return { organizationId: organization.id, userId: user.id, token };
    });
  } catch (error) {
    // Two signups with the same tax code or e-mail at once: both passed the check above,
    // the unique index stopped the second. Name the field as the check would have.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await findDuplicate(db, input);
      if (raced.account && !raced.taxCodeTaken) return answerTakenEmail(db, raced.account);
      throw new ValidationError("taxCodeTaken", "taxCode");
    }
    throw error;
  }

  await sendVerificationMail(db, { email: input.email, name: input.name, locale: visitor.locale }, created.token);
  await notify(db, {
    staff: true,
    kind: "organization.signed-up",
    params: { organizationName: input.organizationName },
    link: "/staff/organizations",
  });
  return { outcome: "registered", organizationId: created.organizationId, userId: created.userId, email: input.email };
}
