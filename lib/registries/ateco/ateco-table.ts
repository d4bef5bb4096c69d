import structure from "./ateco-2025.json";
import recoding from "./ateco-2007-to-2025.json";

// The ATECO 2025 classification and ISTAT's recoding of ATECO 2007 codes, as committed by
// scripts/build-ateco-tables.ts (npm run ateco:build). Server only: about 400 KB of titles
// the browser never needs (it asks GET /api/ateco).

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

export const ATECO_VERSION = { version: structure.version, source: structure.source, referenceDate: structure.referenceDate } as const;
export const ATECO_RECODING_SOURCE = recoding.source;

let byCode: Map<string, AtecoEntry> | undefined;
let entries: AtecoEntry[] | undefined;

/** Every code in ISTAT's order (section, then its divisions and so on), built on first use. */
export function atecoEntries(): AtecoEntry[] {
  if (entries) return entries;
  const map = new Map<string, AtecoEntry>();
  for (const [code, level, parent, titleIt, titleEn] of structure.codes as unknown as Row[]) {
    const section = level === 1 ? code : (map.get(parent)?.section ?? "");
    map.set(code, { code, level: level as AtecoLevel, parent: parent || null, section, titleIt, titleEn });
  }
  byCode = map;
  entries = [...map.values()];
  return entries;
}

export function atecoByCode(code: string): AtecoEntry | undefined {
  if (!byCode) atecoEntries();
  return byCode?.get(code);
}

/** ISTAT's suggested ATECO 2025 code for an ATECO 2007 one, and how many 2025 codes it split into. */
export function recodingOf(code2007: string): { code: string; correspondences: number } | undefined {
  const found = (recoding.recodings as unknown as Record<string, [string, number] | undefined>)[code2007];
  return found ? { code: found[0], correspondences: found[1] } : undefined;
}
