import { readdir, stat } from "node:fs/promises";
import path from "node:path";

// What a production build is made of: a change to any of these needs a new build.
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.filter((name) => !SKIP.has(name)).map((name) => newestMtime(path.join(entry, name))));
  return Math.max(0, ...times);
}

/** True when there is no production build or a source file is newer than it. */
export async function buildIsStale(root = process.cwd()): Promise<boolean> {
  const build = await stat(path.join(root, ".next", "BUILD_ID")).catch(() => null);
  if (!build) return true;
  const sources = await Promise.all(SOURCES.map((source) => newestMtime(path.join(root, source))));
  return Math.max(...sources) > build.mtimeMs;
}
