import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { hashEmailToken } from "./email-token";

export type VerifyEmailResult = "verified" | "already-verified";

/**
 * Follows the link of a verification e-mail. A link that was already used, or has
 * expired, for an address that is verified anyway answers "already-verified": following
 * an old link twice should not alarm anyone.
 *
 * @throws ValidationError "tokenInvalid" (unknown or used) or "tokenExpired"
 */
export async function verifyEmail(db: Database, input: { token: string }): Promise<VerifyEmailResult> {
  const token = await db.emailToken.findUnique({
    where: { tokenHash: hashEmailToken(input.token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, userId: true, user: { select: { emailVerifiedAt: true } } },
  });
  if (!token || token.purpose !== "VERIFY_EMAIL") throw new ValidationError("tokenInvalid", "token");
  if (token.user.emailVerifiedAt) return "already-verified";
  if (token.usedAt) throw new ValidationError("tokenInvalid", "token");
  if (token.expiresAt <= new Date()) throw new ValidationError("tokenExpired", "token");

  const now = new Date();
  const verified = await db.$transaction(async (tx) => {
    // Only one request may use the token, even when two arrive at once.
    const { count } = await tx.emailToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) return false;
    await tx.user.update({ where: { id: token.userId }, data: { emailVerifiedAt: now } });
    return true;
  });
  return verified ? "verified" : "already-verified";
}
