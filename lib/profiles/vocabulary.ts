/**
 * The codes of a partner profile: the questionnaire asks them, the exchange format
 * (tests/fixtures/match-eval/FORMAT.md) carries them, the match engine packs them into bit
 * masks (lib/match/vocabulary.ts). The order of every list is part of the masks: append,
 * never reorder. Plain data: nothing here may import Prisma or Next (the engine runs alone).
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
