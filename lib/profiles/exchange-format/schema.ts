import { z } from "zod";
import { resolveComune } from "../../geo/find-comune";
import {
  CAUSE_CODES,
  HORIZONS,
  LEGAL_FORMS,
  RESOURCE_CODES,
  SDG_MAX,
  SDG_MIN,
  SENSITIVE_TAGS,
} from "../vocabulary";

/**
 * The partner profile exchange format, v1 (tests/fixtures/match-eval/FORMAT.md). Objects are strict:
 * a misspelt optional field ("sdg") would otherwise vanish without a word.
 */

const nonEmptyText = z.string().trim().min(1, "non può essere vuoto");
const amount = z.number().finite().min(0, "non può essere negativo");
const count = z.number().int("deve essere un numero intero").min(0, "non può essere negativo");
const causes = z.array(z.enum(CAUSE_CODES));
const resources = z.array(z.enum(RESOURCE_CODES));
const tags = z.array(z.enum(SENSITIVE_TAGS));

// Any current Italian comune, or a former one that resolves to it; a name two provinces
// share needs its province: "Samone (TO)".
const comune = nonEmptyText.superRefine((name, context) => {
  const lookup = resolveComune(name);
  if (lookup.status === "unknown") {
    context.addIssue({ code: "custom", message: "comune non riconosciuto (serve il nome ufficiale di un comune italiano)" });
  } else if (lookup.status === "ambiguous") {
    const options = lookup.candidates.map((c) => `"${c.name} (${c.province})"`).join(" o ");
    context.addIssue({ code: "custom", message: `più comuni hanno questo nome: indica la provincia, per esempio ${options}` });
  }
});

const baseFields = {
  id: nonEmptyText,
  name: nonEmptyText,
  comune,
  description: z.string(),
  causes,
  sdgs: z.array(z.number().int("deve essere un numero intero").min(SDG_MIN).max(SDG_MAX)).optional(),
  offers: resources,
  needs: resources,
  horizons: z.array(z.enum(HORIZONS)),
};

export const companyProfileSchema = z.strictObject({
  ...baseFields,
  kind: z.literal("company"),
  rangeKm: amount,
  employees: count,
  budgetEur: amount,
  volunteerHours: amount,
  // The section, then optionally an ATECO 2025 code down to the subcategory ("K 62.10.00").
  sector: z.string().trim().regex(/^[A-V]( \d{2}(\.\d{1,2}(\.\d{1,2})?)?)?$/, 'atteso un codice ATECO, es. "C", "C 10.7" o "K 62.10.00"'),
  sectorTags: tags,
  excludeCauses: causes,
});

export const nonprofitProfileSchema = z.strictObject({
  ...baseFields,
  kind: z.literal("nonprofit"),
  legalForm: z.enum(LEGAL_FORMS),
  volunteersHosted: count,
  projectBudgetEur: amount,
  excludeSectorTags: tags,
});

export const profileSchema = z.discriminatedUnion("kind", [companyProfileSchema, nonprofitProfileSchema]);

export const caseSchema = z.strictObject({
  subject: nonEmptyText,
  ideal: z.array(nonEmptyText),
  acceptable: z.array(nonEmptyText),
  forbidden: z.array(nonEmptyText),
  note: z.string().optional(),
});

/** Cross-profile rules live in parse-exchange-file.ts, where errors can name the profile. */
export const documentSchema = z.strictObject({
  version: z.literal(1),
  profiles: z.array(z.unknown()),
  cases: z.array(z.unknown()).optional(),
});

export type ExchangeProfile = z.infer<typeof profileSchema>;
export type ExchangeCase = z.infer<typeof caseSchema>;
