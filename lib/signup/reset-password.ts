import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { clearLoginFailures } from "@/lib/auth/login-rate-limit";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { hashEmailToken } from "./email-token";
import type { ResetPasswordInput } from "./signup-schema";

/**
 * Sets a new password through the link of a reset e-mail. The link works once; every
 * other reset link of the user stops working, and every open session ends (the session
 * version changes), so whoever knew the old password is out.
 *
 * @throws ValidationError "tokenInvalid" (unknown, used, expired or a disabled account)
 *   or a password problem of lib/auth/password-policy (on the `password` field)
 */
export async function resetPassword(db: Database, input: ResetPasswordInput): Promise<{ email: string }> {
  const token = await db.emailToken.findUnique({
    where: { tokenHash: hashEmailToken(input.token) },
    select: {
      id: true,
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, disabled: true, memberships: { select: { organization: { select: { name: true } } }, take: 1 } } },
    },
  });
  if (!token || token.purpose !== "RESET_PASSWORD" || token.usedAt || token.expiresAt <= new Date() || token.user.disabled) {
    throw new ValidationError("tokenInvalid", "token");
  }
  const problem = await passwordProblem(input.password, {
    email: token.user.email,
    name: token.user.name,
    organizationName: token.user.memberships[0]?.organization.name,
  });
  if (problem) throw new ValidationError(problem, "password");

  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  const user = token.user;
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.emailToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) return false;
    await tx.emailToken.updateMany({ where: { userId: user.id, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    // The link reached the inbox, which proves the address as well as a verification would.
    const current = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerifiedAt: true } });
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: current.emailVerifiedAt ?? now },
    });
    await recordAudit(tx, { actorId: user.id, action: "user.password-reset", targetType: "User", targetId: user.id });
    return true;
  });
  if (!changed) throw new ValidationError("tokenInvalid", "token");
  // Whoever proved to own the inbox is not kept waiting by a stranger's wrong guesses.
  await clearLoginFailures(db, user.email);
  return { email: user.email };
}
