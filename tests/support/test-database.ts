import { randomUUID } from "node:crypto";
import pg from "pg";
import { db, type Database } from "@/lib/db";
import { startScratchDatabase } from "@/lib/db/pglite-scratch";
import { applyMigrations } from "@/lib/db/schema-engine";

export type TestDatabase = { url: string; db: Database; cleanup(): Promise<void> };

/**
 * A fresh, migrated database for one test file: a PostgreSQL database created for it on
 * the server of TEST_DATABASE_URL when that is set (CI), otherwise an in-memory PGlite.
 * It also becomes the app's database (DATABASE_URL): `db` here is the very client the
 * services under test use.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  let url: string;
  let dispose: () => Promise<void>;
  if (server) {
    const name = `insieme_test_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const target = new URL(server);
    target.pathname = `/${name}`;
    url = target.toString();
    dispose = async () => {
      const cleaner = new pg.Client({ connectionString: server });
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleaner.end();
    };
  } else {
    const embedded = await startScratchDatabase();
    url = embedded.url;
    dispose = embedded.stop;
  }
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  return {
    url,
    db,
    async cleanup() {
      // The scratch PGlite takes one connection at a time, so the test shares the app's
      // client rather than opening a second one.
      const holder = globalThis as { insiemeDb?: Database };
      await holder.insiemeDb?.$disconnect();
      delete holder.insiemeDb;
      await dispose();
    },
  };
}
