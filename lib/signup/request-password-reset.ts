import type { Database } from "@/lib/db/client";
import { RESET_PASSWORD_TTL_MS } from "./constants";
import { createEmailToken } from "./email-token";
import { limitEmailRequests } from "./rate-limit";
import type { Visitor } from "./register-organization";
import { sendPasswordResetMail } from "./signup-mail";
import type { EmailRequestInput } from "./signup-schema";

/**
 * Sends a password reset link if the e-mail belongs to an active account. It returns
 * nothing either way, so the caller answers the same whether or not the account
 * exists (no account enumeration).
 *
 * @throws RateLimitedError too many requests from this address or for this e-mail
 */
export async function requestPasswordReset(db: Database, visitor: Visitor, input: EmailRequestInput): Promise<void> {
  await limitEmailRequests(db, "reset", visitor.ip, input.email);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, locale: true, disabled: true },
  });
  if (!user || user.disabled) return;
  const token = await createEmailToken(db, user.id, "RESET_PASSWORD", RESET_PASSWORD_TTL_MS);
  await sendPasswordResetMail(db, user, token);
}
