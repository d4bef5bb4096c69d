import type { Database } from "@/lib/db/client";
import { countEvent, peekCount, resetCount, type Window } from "@/lib/rate-limit/fixed-window";

// Failed logins per account stop password guessing on one account; per address they stop
// one client from trying many accounts. The address limit is higher because offices and
// associations often share one public address.
export const ACCOUNT_FAILURES: Window = { limit: 5, windowSeconds: 15 * 60 };
export const ADDRESS_FAILURES: Window = { limit: 20, windowSeconds: 15 * 60 };

const accountKey = (email: string) => `login-failure:account:${email}`;
const addressKey = (ip: string) => `login-failure:ip:${ip}`;

export async function isLoginBlocked(db: Database, email: string, ip: string): Promise<boolean> {
  const [account, address] = await Promise.all([
    email ? peekCount(db, accountKey(email), ACCOUNT_FAILURES) : 0,
    peekCount(db, addressKey(ip), ADDRESS_FAILURES),
  ]);
  return account >= ACCOUNT_FAILURES.limit || address >= ADDRESS_FAILURES.limit;
}

export async function recordLoginFailure(db: Database, email: string, ip: string): Promise<void> {
  // Counted whether or not the account exists, so the limit reveals nothing either.
  if (email) await countEvent(db, accountKey(email), ACCOUNT_FAILURES);
  await countEvent(db, addressKey(ip), ADDRESS_FAILURES);
}

export async function recordLoginSuccess(db: Database, email: string): Promise<void> {
  await resetCount(db, accountKey(email));
}
