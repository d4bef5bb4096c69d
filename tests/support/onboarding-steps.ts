// Valid answers for every wizard step, per kind: what a partner would type.
export const COMPANY_STEPS = {
  1: { comune: "Pavia", sectorSection: "K", sectorCode: "62.10", employees: 40, description: "Software house pavese: sviluppiamo gestionali e app per le imprese del territorio." },
  2: { causes: ["p", "l"], sdgs: [4, 8], excludeCauses: [] },
  3: { offers: ["skills:digital", "volunteering", "funding"], needs: ["inclusive-hiring", "storytelling"], budgetEur: 10000, volunteerHours: 120 },
  4: { rangeKm: 30, areaKind: "radius", horizons: ["annual", "multi-year"], sectorTags: [] },
} as const;

export const NONPROFIT_STEPS = {
  1: { comune: "Voghera", legalForm: "APS", runtsStatus: "enrolled", runtsSection: "b", runtsNumber: "12345", description: "Associazione di promozione sociale che organizza attività per anziani soli a Voghera." },
  2: { causes: ["a", "i"], sdgs: [3] },
  3: { offers: ["volunteering-opportunities", "storytelling"], needs: ["funding", "volunteering"], volunteersHosted: 8, projectBudgetEur: 15000 },
  4: { horizons: ["annual"], excludeSectorTags: ["gambling"] },
} as const;
