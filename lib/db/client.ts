import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolSizeFor } from "./embedded-server";

export type Database = PrismaClient;

/** A Prisma client over the `pg` driver: the same path for PGlite and PostgreSQL. */
export function createDatabaseClient(url: string): Database {
  const adapter = new PrismaPg({ connectionString: url, max: poolSizeFor(url) });
  return new PrismaClient({ adapter });
}
