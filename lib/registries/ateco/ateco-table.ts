import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { atecoTablesDir } from "../../config/registry-paths";

// The ATECO 2025 classification and ISTAT's recoding of ATECO 2007 codes, as built by
// scripts/build-ateco-tables.ts (npm run ateco:build) into ATECO_TABLES_DIR. Server only:
// about 400 KB of titles the browser never needs (it asks GET /api/ateco). Without the
// tables installed, codes are checked for their form only (see atecoInstalled).

export type AtecoLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type AtecoEntry = {
  readonly code: string;
  /** 1 section, 2 division, 3 group, 4 class, 5 category, 6 subcategory. */
  readonly level: AtecoLevel;
  readonly parent: string | null;
  /** The section letter the code belongs to. */
  readonly section: string;
  readonly titleIt: string;
  readonly titleEn: string;
};

type Row = readonly [code: string, level: number, parent: string, titleIt: string, titleEn: string];
type StructureFile = { version: string; source: string; referenceDate: string; codes: Row[] };
type RecodingFile = { source: string; recodings: Record<string, [string, number] | undefined> };

type Tables = {
  version: { version: string; source: string; referenceDate: string };
  recodingSource: string;
  byCode: Map<string, AtecoEntry>;
  entries: AtecoEntry[];
  recodings: RecodingFile["recodings"];
};

let loaded: { dir: string; tables: Tables | null } | undefined;

function readTables(dir: string): Tables | null {
  const structurePath = path.join(dir, "ateco-2025.json");
  const recodingPath = path.join(dir, "ateco-2007-to-2025.json");
  if (!existsSync(structurePath) || !existsSync(recodingPath)) return null;
  const structure = JSON.parse(readFileSync(structurePath, "utf8")) as StructureFile;
  const recoding = JSON.parse(readFileSync(recodingPath, "utf8")) as RecodingFile;
  const byCode = new Map<string, AtecoEntry>();
  for (const [code, level, parent, titleIt, titleEn] of structure.codes) {
    const section = level === 1 ? code : (byCode.get(parent)?.section ?? "");
    byCode.set(code, { code, level: level as AtecoLevel, parent: parent || null, section, titleIt, titleEn });
  }
  return {
    version: { version: structure.version, source: structure.source, referenceDate: structure.referenceDate },
    recodingSource: recoding.source,
    byCode,
    entries: [...byCode.values()],
    recodings: recoding.recodings,
  };
}

/** The tables of the configured directory, read once (again only if the directory changes). */
function tables(): Tables | null {
  const dir = atecoTablesDir();
  if (loaded?.dir !== dir) loaded = { dir, tables: readTables(dir) };
  return loaded.tables;
}

/** Whether the ATECO 2025 tables are installed; without them a code is checked for its form only. */
export function atecoInstalled(): boolean {
  return tables() !== null;
}

/** The installed version ("ATECO 2025", its source and reference date), or null. */
export function atecoVersion(): Tables["version"] | null {
  return tables()?.version ?? null;
}

/** Every code in ISTAT's order (section, then its divisions and so on); empty without tables. */
export function atecoEntries(): AtecoEntry[] {
  return tables()?.entries ?? [];
}

export function atecoByCode(code: string): AtecoEntry | undefined {
  return tables()?.byCode.get(code);
}

/** ISTAT's suggested ATECO 2025 code for an ATECO 2007 one, and how many 2025 codes it split into. */
export function recodingOf(code2007: string): { code: string; correspondences: number } | undefined {
  const recodings = tables()?.recodings;
  const found = recodings && Object.hasOwn(recodings, code2007) ? recodings[code2007] : undefined;
  return found ? { code: found[0], correspondences: found[1] } : undefined;
}
