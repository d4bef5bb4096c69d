import type { Database } from "@/lib/db/client";

// "Nothing was written": a fingerprint of every row that names one of a set of ids (its own
// id, or any *Id column: partnershipId, organizationId, companyId, authorId…), table by
// table. Two equal fingerprints mean no such row was added, changed or deleted. Scoped to
// ids, because other e2e tests write to the same database at the same time.

/** Written on purpose by a refused request (the security log, rate-limit counters) or by jobs. */
const NOT_DOMAIN_DATA = new Set(["AuditLog", "RateLimitBucket", "RevokedSession", "OutboxEmail", "_prisma_migrations"]);

export type RowSnapshot = Record<string, string>;

export async function prepareRowSnapshot(db: Database, ids: readonly string[]): Promise<() => Promise<RowSnapshot>> {
  const columns = await db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'text' AND (column_name = 'id' OR column_name LIKE '%Id')
      ORDER BY table_name, column_name`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) {
    if (NOT_DOMAIN_DATA.has(table_name)) continue;
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
  }
  const parts = [...byTable].map(
    ([table, names]) =>
      `SELECT '${table}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h
         FROM "${table}" x WHERE ${names.map((name) => `x."${name}" = ANY($1::text[])`).join(" OR ")}`,
  );
  const sql = parts.join("\nUNION ALL\n");
  return async () => {
    const rows = await db.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(sql, [...ids]);
    return Object.fromEntries(rows.map((row) => [row.t, `${row.n}:${row.h}`]));
  };
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: RowSnapshot, after: RowSnapshot): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
