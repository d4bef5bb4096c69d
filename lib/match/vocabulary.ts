/**
 * The codes of the profile exchange format (tests/fixtures/match-eval/FORMAT.md), each with the bit
 * it takes in the engine's masks. The order of every list is part of the masks: append,
 * never reorder.
 */

export const KINDS = ["company", "nonprofit"] as const;
export type Kind = (typeof KINDS)[number];

/** Activities of general interest, art. 5 D.Lgs. 117/2017, letters a..z. */
export const CAUSE_CODES = [
  "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
  "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
] as const;
export type CauseCode = (typeof CAUSE_CODES)[number];

/** What a company gives and a nonprofit needs. */
export const COMPANY_RESOURCE_CODES = [
  "funding", "volunteering", "skills:legal", "skills:accounting", "skills:marketing",
  "skills:digital", "skills:hr", "skills:logistics", "skills:design", "skills:fundraising",
  "skills:management", "skills:health", "skills:engineering", "goods:food",
  "goods:it-equipment", "goods:furniture", "goods:clothing", "goods:medical", "goods:other",
  "spaces", "transport", "visibility", "jobs",
] as const;

/** What a nonprofit gives and a company needs. */
export const NONPROFIT_RESOURCE_CODES = [
  "volunteering-opportunities", "territory-knowledge", "storytelling", "impact-data",
  "inclusive-hiring", "training", "products",
] as const;

// 23 + 7 = 30 codes: one 32-bit mask holds them all.
export const RESOURCE_CODES = [...COMPANY_RESOURCE_CODES, ...NONPROFIT_RESOURCE_CODES] as const;
export type ResourceCode = (typeof RESOURCE_CODES)[number];

export const HORIZONS = ["one-off", "annual", "multi-year"] as const;
export type Horizon = (typeof HORIZONS)[number];

export const SENSITIVE_TAGS = [
  "gambling", "weapons", "tobacco", "alcohol", "fossil-fuels", "adult", "animal-testing",
] as const;
export type SensitiveTag = (typeof SENSITIVE_TAGS)[number];

export const LEGAL_FORMS = ["ODV", "APS", "ETS", "IS", "COOP-SOC", "FOND", "ALTRO"] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const SDG_MIN = 1;
export const SDG_MAX = 17;

export function bitOf<T extends string>(codes: readonly T[], code: T): number {
  const index = codes.indexOf(code);
  if (index < 0) throw new Error(`unknown code "${code}"`);
  return 1 << index;
}

/** Packs a list of codes into a bit mask; unknown codes throw, the parser has let none in. */
export function maskOf<T extends string>(codes: readonly T[], values: readonly T[]): number {
  let mask = 0;
  for (const value of values) mask |= bitOf(codes, value);
  return mask;
}

export function codesOfMask<T extends string>(codes: readonly T[], mask: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code !== undefined && (mask & (1 << i)) !== 0) out.push(code);
  }
  return out;
}

export function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
