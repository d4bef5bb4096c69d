import { spawnSync } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

// What a production build is made of: a change to any of these needs a new build.
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "app-server.mjs", "scripts/build-app.ts", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);
/** Written by scripts/build.ts beside the standalone server: the commit it was built from. */
export const BUILD_RECORD = path.join(".next", "standalone", "insieme-build.json");

export type BuildRecord = { commit: string | null; dirty: boolean; builtAt: string };

/** The checkout's commit and whether build sources differ from it; nulls outside git. */
export function describeCheckout(root = process.cwd()): { commit: string | null; dirty: boolean } {
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" });
  if (head.status !== 0) return { commit: null, dirty: true };
  const status = spawnSync("git", ["status", "--porcelain", "--", ...SOURCES], { cwd: root, encoding: "utf8" });
  return { commit: head.stdout.trim(), dirty: status.status !== 0 || status.stdout.trim() !== "" };
}

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.filter((name) => !SKIP.has(name)).map((name) => newestMtime(path.join(entry, name))));
  return Math.max(0, ...times);
}

/**
 * True when there is no production build, or it was not made from these sources. A build
 * made from the checkout's very commit (or one whose build sources are the same), with no
 * local change, is never rebuilt: every server started from it shares its Server Action ids. File times decide only where git
 * cannot (local edits, or no git at all): a dev checkout still rebuilds after an edit.
 */
export async function buildIsStale(root = process.cwd()): Promise<boolean> {
  const record = JSON.parse(await readFile(path.join(root, BUILD_RECORD), "utf8").catch(() => "null")) as BuildRecord | null;
  if (!record) return true;
  const checkout = describeCheckout(root);
  if (checkout.commit && !checkout.dirty && !record.dirty && record.commit) {
    if (record.commit === checkout.commit) return false;
    // Another commit, but maybe only tests or docs changed: the build's sources decide.
    const diff = spawnSync("git", ["diff", "--quiet", record.commit, checkout.commit, "--", ...SOURCES], { cwd: root });
    return diff.status !== 0;
  }
  const built = await stat(path.join(root, BUILD_RECORD));
  const sources = await Promise.all(SOURCES.map((source) => newestMtime(path.join(root, source))));
  return Math.max(...sources) > built.mtimeMs;
}
