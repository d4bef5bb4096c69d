import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { EMAIL_CHANGES_PER_USER, enforceWriteLimits } from "@/lib/rate-limit/write-limits";
import { createEmailToken } from "@/lib/signup/email-token";
import { VERIFY_EMAIL_TTL_MS } from "@/lib/signup/constants";
import type { RequestEmailChangeInput } from "./account-schemas";
import { sendEmailChangeLink, sendEmailChangeNotice } from "./account-mail";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * Asks to move the account to a new address. Nothing changes yet: a link goes to the new
 * address (valid as long as a verification link), and the old one is told. The change
 * happens when the link is followed (confirmEmailChange). An address already taken is refused
 * only when the link is followed, so this form reveals no account; earlier links stop working.
 *
 * @throws ValidationError on `currentPassword` or `newEmail` ("emailUnchanged"), RateLimitedError
 */
export async function requestEmailChange(db: Database, actor: { id: string }, input: RequestEmailChangeInput): Promise<void> {
  const user = await verifyCurrentPassword(db, actor.id, input.currentPassword);
  if (input.newEmail === user.email) throw new ValidationError("emailUnchanged", "newEmail");
  await enforceWriteLimits(db, [{ key: `email-change:${actor.id}`, window: EMAIL_CHANGES_PER_USER }]);
  const token = await db.$transaction(async (tx) => {
    await tx.emailToken.updateMany({ where: { userId: user.id, purpose: "CHANGE_EMAIL", usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "account.request-email-change", targetType: "User", targetId: user.id });
    return createEmailToken(tx, user.id, "CHANGE_EMAIL", VERIFY_EMAIL_TTL_MS, input.newEmail);
  });
  await sendEmailChangeLink(db, user, input.newEmail, token);
  await sendEmailChangeNotice(db, user, input.newEmail);
}
