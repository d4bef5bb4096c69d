import path from "node:path";

/**
 * Where the ATECO 2025 tables built by `npm run ateco:build` live (ateco-2025.json and
 * ateco-2007-to-2025.json). They are built on each installation from ISTAT's published
 * workbooks, not shipped in the repository: no registry package carries the classification,
 * and the repository holds no copy of third-party data files. `ATECO_TABLES_DIR` overrides
 * the default (`registries/ateco` under the working directory, git-ignored).
 */
export function atecoTablesDir(): string {
  const configured = process.env.ATECO_TABLES_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(process.cwd(), "registries", "ateco");
}
