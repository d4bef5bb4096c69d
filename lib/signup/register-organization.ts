import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { notify } from "@/lib/notifications/notify";
import { OPTIONAL_CONSENTS, PRIVACY_CONSENT_KIND, PRIVACY_NOTICE_VERSION, VERIFY_EMAIL_TTL_MS } from "./constants";
import { createEmailToken } from "./email-token";
import { limitSignups } from "./rate-limit";
import { sendVerificationMail } from "./signup-mail";
import type { SignupInput } from "./signup-schema";

/** Who is signing up: nobody is logged in yet, so the address and the language stand in. */
export type Visitor = { ip: string; locale: Locale };

export type RegistrationResult = { organizationId: string; userId: string; email: string };

async function findDuplicate(db: Database, input: SignupInput): Promise<ValidationError | null> {
  const [organization, user] = await Promise.all([
    db.organization.findUnique({ where: { taxCode: input.taxCode }, select: { id: true } }),
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
  ]);
  if (organization) return new ValidationError("taxCodeTaken", "taxCode");
  if (user) return new ValidationError("emailTaken", "email");
  return null;
}

/**
 * Signs up an organisation with its first user (the owner), in one transaction: the
 * organisation waits for CSV staff (PENDING), the user must verify the e-mail before the
 * first login. Then the verification e-mail goes out and staff are told.
 *
 * @throws RateLimitedError too many signups from this address
 * @throws ValidationError the tax code or the e-mail is already registered (field named)
 */
export async function registerOrganization(db: Database, visitor: Visitor, input: SignupInput): Promise<RegistrationResult> {
  await limitSignups(db, visitor.ip);
  const duplicate = await findDuplicate(db, input);
  if (duplicate) throw duplicate;

  const passwordHash = await hashPassword(input.password);
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
      throw (await findDuplicate(db, input)) ?? new ValidationError("taxCodeTaken", "taxCode");
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
  return { organizationId: created.organizationId, userId: created.userId, email: input.email };
}
