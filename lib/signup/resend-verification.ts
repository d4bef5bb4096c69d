import type { Database } from "@/lib/db/client";
import { VERIFY_EMAIL_TTL_MS } from "./constants";
import { createEmailToken } from "./email-token";
import { limitEmailRequests } from "./rate-limit";
import type { Visitor } from "./register-organization";
import { sendVerificationMail } from "./signup-mail";
import type { EmailRequestInput } from "./signup-schema";

/**
 * Sends a new verification link to an account that has not verified its e-mail yet.
 * Answers nothing either way (no account enumeration). Earlier links stay valid until
 * they expire, so an e-mail that arrives late still works.
 *
 * @throws RateLimitedError too many requests from this address or for this e-mail
 */
export async function resendVerification(db: Database, visitor: Visitor, input: EmailRequestInput): Promise<void> {
  await limitEmailRequests(db, "verify", visitor.ip, input.email);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, locale: true, disabled: true, emailVerifiedAt: true },
  });
  if (!user || user.disabled || user.emailVerifiedAt) return;
  const token = await createEmailToken(db, user.id, "VERIFY_EMAIL", VERIFY_EMAIL_TTL_MS);
  await sendVerificationMail(db, user, token);
}
