import type { LegalForm } from "../../profiles/vocabulary";

// The RUNTS (Registro unico nazionale del Terzo settore) and its seven sections, art. 46
// c. 1 D.Lgs. 117/2017 (Codice del Terzo settore). Plain data: the questionnaire's form,
// its server check and the profile description all read it.

export const RUNTS_SECTIONS = ["a", "b", "c", "d", "e", "f", "g"] as const;
export type RuntsSection = (typeof RUNTS_SECTIONS)[number];

export const RUNTS_SECTION_NAMES: Record<RuntsSection, { it: string; en: string }> = {
  a: { it: "Organizzazioni di volontariato", en: "Voluntary organisations" },
  b: { it: "Associazioni di promozione sociale", en: "Social promotion associations" },
  c: { it: "Enti filantropici", en: "Philanthropic bodies" },
  d: { it: "Imprese sociali, incluse le cooperative sociali", en: "Social enterprises, social cooperatives included" },
  e: { it: "Reti associative", en: "Associative networks" },
  f: { it: "Società di mutuo soccorso", en: "Mutual aid societies" },
  g: { it: "Altri enti del Terzo settore", en: "Other Third-sector bodies" },
};

/**
 * Where a body stands with the RUNTS. Enrolment is voluntary and takes months, so a body
 * "in corso di iscrizione" or not enrolled at all is still welcome; only an enrolled one
 * has a section and a number.
 */
export const RUNTS_STATUSES = ["enrolled", "pending", "not-enrolled"] as const;
export type RuntsStatus = (typeof RUNTS_STATUSES)[number];

export const RUNTS_STATUS_NAMES: Record<RuntsStatus, { it: string; en: string }> = {
  enrolled: { it: "Iscritta al RUNTS", en: "Enrolled in the RUNTS" },
  pending: { it: "In corso di iscrizione", en: "Enrolment in progress" },
  "not-enrolled": { it: "Non iscritta", en: "Not enrolled" },
};

/**
 * The legal forms each section admits, where the law ties them (art. 32, 35, 37, 41, 42,
 * 46 D.Lgs. 117/2017; D.Lgs. 112/2017 for social enterprises, which a social cooperative is
 * by law). Our legal forms have no code of their own for a philanthropic body, a network or
 * a mutual aid society: those are "other ETS", a foundation or "other form".
 */
export const SECTION_LEGAL_FORMS: Record<RuntsSection, readonly LegalForm[]> = {
  a: ["ODV"],
  b: ["APS"],
  c: ["FOND", "ETS", "ALTRO"],
  d: ["IS", "COOP-SOC"],
  e: ["ETS", "ALTRO"],
  f: ["ETS", "ALTRO"],
  g: ["ETS", "FOND", "ALTRO"],
};

export function isRuntsSection(value: unknown): value is RuntsSection {
  return typeof value === "string" && (RUNTS_SECTIONS as readonly string[]).includes(value);
}

/** Whether a legal form may sit in a section of the RUNTS. */
export function legalFormFitsSection(legalForm: LegalForm, section: RuntsSection): boolean {
  return SECTION_LEGAL_FORMS[section].includes(legalForm);
}

/** The sections a legal form may sit in (ODV: only a). */
export function sectionsForLegalForm(legalForm: LegalForm): RuntsSection[] {
  return RUNTS_SECTIONS.filter((section) => legalFormFitsSection(legalForm, section));
}
