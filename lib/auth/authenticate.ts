import { recordSecurityEvent } from "@/lib/audit/security-events";
import type { Database } from "@/lib/db/client";
import { loginSchema } from "./login-schema";
import { checkLoginLimit, clearLoginFailures, recordLoginFailure } from "./login-rate-limit";
import { decoyPasswordHash, verifyPassword } from "./password";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "unverified" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password. Unknown e-mail, wrong password and disabled account all
 * answer "invalid" after the same amount of work, so the answer reveals no account.
 * "unverified" (the e-mail was never confirmed) is told only to someone who gave the right
 * password, so it reveals nothing to anyone else.
 */
export async function authenticate(db: Database, input: unknown, ip: string): Promise<AuthenticationResult> {
  const parsed = loginSchema.safeParse(input);
  const email = parsed.success ? parsed.data.email : "";
  const limit = await checkLoginLimit(db, email, ip);
  if (limit.blocked) return { ok: false, reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  if (!parsed.success) {
    await recordLoginFailure(db, email, ip);
    return { ok: false, reason: "invalid" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabled: true, sessionVersion: true, emailVerifiedAt: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), parsed.data.password);
  if (!user || !passwordMatches || user.disabled) {
    await recordLoginFailure(db, email, ip);
    // The e-mail as typed (it passed the e-mail format), never the password.
    await recordSecurityEvent(db, { action: "auth.login-failed", actorId: null, targetId: user?.id ?? "", ipAddress: ip, email });
    return { ok: false, reason: "invalid" };
  }
  if (!user.emailVerifiedAt) return { ok: false, reason: "unverified" };
  await clearLoginFailures(db, email);
  await recordSecurityEvent(db, { action: "auth.login-succeeded", actorId: user.id, targetId: user.id, ipAddress: ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
