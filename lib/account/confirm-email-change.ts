import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashEmailToken } from "@/lib/signup/email-token";

/**
 * Follows the link sent to a new address: the account moves to it, verified by this very
 * link. The link works once, before it expires, and only while the address is still free.
 *
 * @throws ValidationError "tokenInvalid", "tokenExpired" or "emailTaken" (on `token`)
 */
export async function confirmEmailChange(db: Database, input: { token: string }): Promise<{ email: string }> {
  const token = await db.emailToken.findUnique({
    where: { tokenHash: hashEmailToken(input.token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, userId: true, newEmail: true, user: { select: { disabled: true, email: true } } },
  });
  if (!token || token.purpose !== "CHANGE_EMAIL" || !token.newEmail || token.usedAt || token.user.disabled) throw new ValidationError("tokenInvalid", "token");
  if (token.expiresAt <= new Date()) throw new ValidationError("tokenExpired", "token");
  const newEmail = token.newEmail;
  const now = new Date();
  try {
    return await moveToNewAddress(db, token.id, token.userId, token.user.email, newEmail, now);
  } catch (error) {
    // Two links for one address followed at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ValidationError("emailTaken", "token");
    throw error;
  }
}

async function moveToNewAddress(db: Database, tokenId: string, userId: string, oldEmail: string, newEmail: string, now: Date): Promise<{ email: string }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.emailToken.updateMany({ where: { id: tokenId, usedAt: null }, data: { usedAt: now } });
    if (count === 0) throw new ValidationError("tokenInvalid", "token");
    const taken = await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } });
    if (taken) throw new ValidationError("emailTaken", "token");
    await tx.user.update({ where: { id: userId }, data: { email: newEmail, emailVerifiedAt: now } });
    await recordAudit(tx, {
      actorId: userId,
      action: "account.change-email",
      targetType: "User",
      targetId: userId,
      before: { email: oldEmail },
      after: { email: newEmail },
    });
    return { email: newEmail };
  });
}
