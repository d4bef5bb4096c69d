import type { Database } from "@/lib/db/client";
import { countEvent, peekCount, resetCount, type Window } from "@/lib/rate-limit/fixed-window";

// Two limits on failed logins:
// - per account, a progressive delay: after FREE_FAILURES wrong passwords in a row, each
//   further attempt must wait 30 s, then 1, 2, 4… minutes, at most 15. Guessing one
//   account's password becomes hopeless, yet the owner is never locked out for more than
//   15 minutes, and a password reset (proof of owning the inbox) clears the count at once;
// - per address, a fixed window: stops one client from trying many accounts. Higher,
//   because offices and associations often share one public address.
export const FREE_FAILURES = 5;
const FIRST_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
/** Failures are forgotten after a day without any (the purge job drops older counters). */
const FAILURE_MEMORY_SECONDS = 24 * 60 * 60;
export const ADDRESS_FAILURES: Window = { limit: 20, windowSeconds: 15 * 60 };

const accountKey = (email: string) => `login-delay:account:${email}`;
const addressKey = (ip: string) => `login-failure:ip:${ip}`;

/** How long to wait after `failures` wrong passwords in a row before the next attempt. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

export type LoginLimit = { blocked: false } | { blocked: true; retryAfterSeconds: number };

async function accountWait(db: Database, email: string, now: Date): Promise<number> {
  // For this key the bucket's windowStart is the time of the latest failure.
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    SELECT "count", "windowStart" FROM "RateLimitBucket" WHERE "key" = ${accountKey(email)}`;
  const row = rows[0];
  if (!row) return 0;
  const sinceLast = (now.getTime() - row.windowStart.getTime()) / 1000;
  if (sinceLast > FAILURE_MEMORY_SECONDS) return 0;
  return Math.max(0, Math.ceil(delayAfterFailures(Number(row.count)) - sinceLast));
}

export async function checkLoginLimit(db: Database, email: string, ip: string, now: Date = new Date()): Promise<LoginLimit> {
  const [wait, address] = await Promise.all([email ? accountWait(db, email, now) : 0, peekCount(db, addressKey(ip), ADDRESS_FAILURES)]);
  if (address >= ADDRESS_FAILURES.limit) return { blocked: true, retryAfterSeconds: Math.max(wait, ADDRESS_FAILURES.windowSeconds) };
  return wait > 0 ? { blocked: true, retryAfterSeconds: wait } : { blocked: false };
}

export async function recordLoginFailure(db: Database, email: string, ip: string): Promise<void> {
  // Counted whether or not the account exists, so the limit reveals nothing either.
  if (email) {
    await db.$executeRaw`
      INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${accountKey(email)}, 1, now())
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${FAILURE_MEMORY_SECONDS})
                       THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
        "windowStart" = now()`;
  }
  await countEvent(db, addressKey(ip), ADDRESS_FAILURES);
}

/** After a successful login or a password reset: the account's owner starts afresh. */
export async function clearLoginFailures(db: Database, email: string): Promise<void> {
  await resetCount(db, accountKey(email));
}
