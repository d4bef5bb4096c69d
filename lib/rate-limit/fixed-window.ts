import type { Database } from "@/lib/db/client";

export type Window = { limit: number; windowSeconds: number };

/**
 * Counts one event for `key` and returns the count in the current window. The counter
 * lives in PostgreSQL and is updated in one atomic statement, so a limit holds across
 * several app servers and concurrent requests.
 */
export async function countEvent(db: Database, key: string, window: Window): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart")
    VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${window.windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${window.windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0);
}

/** The count in the current window, without counting anything. */
export async function peekCount(db: Database, key: string, window: Window): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    SELECT "count" FROM "RateLimitBucket"
    WHERE "key" = ${key} AND "windowStart" > now() - make_interval(secs => ${window.windowSeconds})`;
  return Number(rows[0]?.count ?? 0);
}

/** Seconds until the current window of `key` ends (at least 1): what Retry-After says. */
export async function secondsUntilWindowEnds(db: Database, key: string, window: Window): Promise<number> {
  const rows = await db.$queryRaw<{ seconds: number }[]>`
    SELECT CEIL(EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${window.windowSeconds}) - now())))::int AS "seconds"
    FROM "RateLimitBucket" WHERE "key" = ${key}`;
  return Math.max(1, Number(rows[0]?.seconds ?? window.windowSeconds));
}

export async function resetCount(db: Database, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
