import type { MigrationDiagnosis } from "./schema-engine";

/** `npm run db:status`'s text, and whether the database is ready (exit code 0). */
export function describeMigrationStatus(applied: string[], diagnosis: MigrationDiagnosis): { ok: boolean; text: string } {
  const lines = [`Applied migrations: ${applied.length}`, ...applied.map((name) => `  ✓ ${name}`)];
  if (!diagnosis.hasMigrationsTable) lines.push("The database has no _prisma_migrations table: it was never migrated.");
  const sections: [string, string[]][] = [
    ["Pending (run npm run db:migrate)", diagnosis.pending],
    ["Failed (fix, then mark it rolled back or applied)", diagnosis.failed],
    ["Edited after being applied", diagnosis.edited],
    ["Applied but missing from prisma/migrations", diagnosis.unknown],
  ];
  for (const [title, names] of sections) {
    if (names.length > 0) lines.push(`${title}: ${names.length}`, ...names.map((name) => `  • ${name}`));
  }
  const ok = diagnosis.hasMigrationsTable && diagnosis.pending.length === 0 && diagnosis.failed.length === 0;
  lines.push(ok ? "The database is up to date." : "The database is NOT up to date.");
  return { ok, text: lines.join("\n") };
}
