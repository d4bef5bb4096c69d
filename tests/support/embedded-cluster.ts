import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { embeddedPaths, startEmbeddedPostgres, type EmbeddedPaths, type EmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type TestCluster = { dataDir: string; paths: EmbeddedPaths; server: EmbeddedPostgres; cleanup(): Promise<void> };

/** The embedded PostgreSQL, as `npm start` runs it, in a data directory of its own. */
export async function startTestCluster(): Promise<TestCluster> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "insieme-cluster-"));
  const paths = embeddedPaths(dataDir);
  const cluster: TestCluster = {
    dataDir,
    paths,
    server: await startEmbeddedPostgres({ paths }),
    async cleanup() {
      await cluster.server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return cluster;
}
