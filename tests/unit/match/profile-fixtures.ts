import type { CompanyProfile, NonprofitProfile } from "@/lib/match";

/** A plain company in Pavia: each test changes only what it is about. */
export function makeCompany(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    id: "c-test",
    kind: "company",
    name: "Azienda di prova",
    comune: "Pavia",
    description: "Azienda del territorio.",
    causes: ["a"],
    offers: ["funding"],
    needs: [],
    horizons: ["annual"],
    rangeKm: 30,
    employees: 50,
    budgetEur: 10_000,
    volunteerHours: 100,
    sector: "C",
    sectorTags: [],
    excludeCauses: [],
    ...overrides,
  };
}

/** A plain nonprofit in Pavia. */
export function makeNonprofit(overrides: Partial<NonprofitProfile> = {}): NonprofitProfile {
  return {
    id: "np-test",
    kind: "nonprofit",
    name: "Ente di prova",
    comune: "Pavia",
    description: "Associazione del territorio.",
    causes: ["a"],
    offers: [],
    needs: ["funding"],
    horizons: ["annual"],
    legalForm: "ODV",
    volunteersHosted: 5,
    projectBudgetEur: 5_000,
    excludeSectorTags: [],
    ...overrides,
  };
}
