// `prisma generate` needs no schema engine, but the Prisma CLI still tries to download
// the native one at start-up, and our machines cannot download binaries. Pointing the
// CLI at an existing file stops the download; migrations use the WebAssembly engine.
import { spawnSync } from "node:child_process";

const result = spawnSync("prisma", ["generate"], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
