// The production build that any number of app servers can run: see scripts/build.ts.
import { spawnSync } from "node:child_process";
import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { BUILD_RECORD, describeCheckout, type BuildRecord } from "./build-is-stale";

export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const checkout = describeCheckout();
  const build = spawnSync("next", ["build"], {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", INSIEME_BUILD_ID: env.INSIEME_BUILD_ID ?? checkout.commit ?? "" },
  });
  if (build.status !== 0) throw new Error("next build failed");
  const standalone = path.join(".next", "standalone");
  await cp(path.join(".next", "static"), path.join(standalone, ".next", "static"), { recursive: true });
  await cp("public", path.join(standalone, "public"), { recursive: true }).catch(() => {}); // no public/ yet
  // The entry that puts the landing micro-cache in front of Next (app-server.mjs), with the
  // module it imports (Next traces only what its own server loads).
  await cp("app-server.mjs", path.join(standalone, "app-server.mjs"));
  for (const file of ["landing-micro-cache.mjs", "landing-cache-generation.mjs"]) {
    await cp(path.join("lib", "http", file), path.join(standalone, "lib", "http", file));
  }
  const record: BuildRecord = { ...checkout, builtAt: new Date().toISOString() };
  await writeFile(BUILD_RECORD, `${JSON.stringify(record, null, 2)}\n`);
}

