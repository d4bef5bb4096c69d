import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import type { ChangePasswordInput } from "./account-schemas";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * A new password, given the current one. Every session of the person ends (the session
 * version changes); the caller re-issues the current session's cookie with the returned
 * version, so the device that made the change stays signed in and every other one is out.
 *
 * @throws ValidationError on `currentPassword` or on `newPassword` (the policy of lib/auth/password-policy)
 */
export async function changePassword(db: Database, actor: { id: string }, input: ChangePasswordInput): Promise<{ sessionVersion: number }> {
  const user = await verifyCurrentPassword(db, actor.id, input.currentPassword);
  const organization = await db.membership.findFirst({ where: { userId: user.id }, select: { organization: { select: { name: true } } } });
  const problem = await passwordProblem(input.newPassword, { email: user.email, name: user.name, organizationName: organization?.organization.name });
  if (problem) throw new ValidationError(problem, "newPassword");
  if (input.newPassword === input.currentPassword) throw new ValidationError("passwordUnchanged", "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    // A reset link sent earlier would undo the change: it stops working.
    await tx.emailToken.updateMany({ where: { userId: user.id, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "account.change-password", targetType: "User", targetId: user.id });
    return updated;
  });
}
