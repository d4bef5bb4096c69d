import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// What the fuzz test aims at, read from the production build the e2e server runs, so that a
// new action, route handler or page is fuzzed without anyone listing it here.

/** A server action and the pages whose bundles serve it (one is posted to). */
export type ActionTarget = { id: string; pages: string[] };
export type RouteTarget = { pattern: string; kind: "page" | "route" };

const NEXT_DIR = path.join(process.cwd(), ".next");

/** "app/(workspace)/workspace/partnerships/[id]/page" → "/workspace/partnerships/[id]". */
function urlPatternOf(entry: string): string | null {
  const match = /^app(\/.*)?\/(page|route)$/.exec(entry);
  if (!match) return null;
  const segments = (match[1] ?? "").split("/").filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** Every server action id with a page that serves it (.next/server/server-reference-manifest.json). */
export function serverActions(): ActionTarget[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node?: Record<string, { workers?: Record<string, unknown> }>;
  };
  const targets: ActionTarget[] = [];
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const pages = Object.keys(entry.workers ?? {})
      .map(urlPatternOf)
      .filter((pattern): pattern is string => pattern !== null && !pattern.startsWith("/_"))
      .sort();
    if (pages.length > 0) targets.push({ id, pages });
  }
  return targets.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every page and route handler of the app (.next/server/app-paths-manifest.json). */
export function appRoutes(): RouteTarget[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_DIR, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const routes = new Map<string, RouteTarget>();
  for (const entry of Object.keys(manifest)) {
    const pattern = urlPatternOf(`app${entry}`);
    if (!pattern || pattern.startsWith("/_") || entry.includes("/_not-found") || /\.(ico|svg|png|txt|xml)\//.test(entry)) continue;
    routes.set(`${pattern} ${entry.endsWith("/route") ? "route" : "page"}`, { pattern, kind: entry.endsWith("/route") ? "route" : "page" });
  }
  return [...routes.values()].sort((a, b) => `${a.pattern}${a.kind}`.localeCompare(`${b.pattern}${b.kind}`));
}

/** The field names the app's zod schemas know (`name: z.…` in lib): what forms send. */
export function schemaFieldNames(root = path.join(process.cwd(), "lib")): string[] {
  const names = new Set<string>();
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name === "generated") continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        for (const match of readFileSync(full, "utf8").matchAll(/^\s+([a-zA-Z][a-zA-Z0-9]*): z\./gm)) names.add(match[1]!);
      }
    }
  };
  walk(root);
  return [...names].sort();
}
