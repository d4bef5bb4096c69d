import { verifyPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { ACCOUNT_CHANGES_PER_USER, enforceWriteLimits } from "@/lib/rate-limit/write-limits";

export type AccountOwner = { id: string; email: string; name: string; locale: string; passwordHash: string; role: string };

/**
 * Counts one account change against the person's limit, then checks the password they typed.
 * Every sensitive change of the account page asks for it: a session left open on a shared
 * computer must not be enough to lock the owner out.
 *
 * @throws RateLimitedError, NotFoundError (the account is gone), ValidationError "currentPasswordWrong"
 */
export async function verifyCurrentPassword(db: Database, userId: string, password: string): Promise<AccountOwner> {
  await enforceWriteLimits(db, [{ key: `account:${userId}`, window: ACCOUNT_CHANGES_PER_USER }]);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true, passwordHash: true, role: true, disabled: true },
  });
  if (!user || user.disabled) throw new NotFoundError("account");
  if (!(await verifyPassword(user.passwordHash, password))) throw new ValidationError("currentPasswordWrong", "currentPassword");
  return user;
}
