import { PrismaPg } from "@prisma/adapter-pg";
import { serverConfig } from "@/lib/config/server-config";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Database = PrismaClient;

/** Scratch PGlite URLs (lib/db/pglite-scratch.ts) carry this application name. */
export const SCRATCH_APPLICATION_NAME = "insieme-pglite-scratch";

/** A scratch PGlite takes one client at a time; PostgreSQL gets a normal pool. */
export function poolSizeFor(url: string, configured: number | undefined = serverConfig().databasePoolMax): number {
  if (new URL(url).searchParams.get("application_name") === SCRATCH_APPLICATION_NAME) return 1;
  return configured ?? 10;
}

/** A Prisma client over the `pg` driver: the same path for every PostgreSQL. */
export function createDatabaseClient(url: string): Database {
  const adapter = new PrismaPg({ connectionString: url, max: poolSizeFor(url) });
  return new PrismaClient({ adapter });
}
