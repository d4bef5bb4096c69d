import type { CompanyProfile, NonprofitProfile } from "@/lib/match";
import { proposeTitleAndGoal } from "@/lib/partnerships/goal/propose-title-and-goal";

const company: CompanyProfile = {
  kind: "company",
  id: "c",
  name: "Officina Rossi",
  comune: "Mortara",
  description: "Officina meccanica.",
  causes: ["d", "e"],
  offers: ["skills:digital", "goods:it-equipment", "funding"],
  needs: ["storytelling"],
  horizons: ["annual"],
  rangeKm: 30,
  employees: 12,
  budgetEur: 3000,
  volunteerHours: 50,
  sector: "C 25",
  sectorTags: [],
  excludeCauses: [],
};

const nonprofit: NonprofitProfile = {
  kind: "nonprofit",
  id: "n",
  name: "Doposcuola Aperto APS",
  comune: "Mortara",
  description: "Doposcuola.",
  causes: ["l", "d"],
  offers: ["storytelling", "volunteering-opportunities"],
  needs: ["goods:it-equipment", "skills:digital"],
  horizons: ["annual"],
  legalForm: "APS",
  volunteersHosted: 5,
  projectBudgetEur: 2000,
  excludeSectorTags: [],
};

describe("the title and goal a partnership opens with", () => {
  it("come from the shared causes and from what each offers of what the other needs", () => {
    const proposal = proposeTitleAndGoal({ name: company.name, profile: company }, { name: nonprofit.name, profile: nonprofit });
    expect(proposal.title).toBe("Officina Rossi e Doposcuola Aperto APS per educazione");
    expect(proposal.commonGoal).toContain("Lavorare insieme per educazione nel territorio di Pavia.");
    expect(proposal.commonGoal).toContain("Officina Rossi mette a disposizione competenze digitali e ");
    expect(proposal.commonGoal).toContain("Doposcuola Aperto APS offre in cambio ");
    expect(proposal.commonGoal).toMatch(/misurabili/);
  });

  it("fall back to the names and a prompt when a questionnaire is missing, never to a message", () => {
    const proposal = proposeTitleAndGoal({ name: "Ditta A", profile: null }, { name: "Ente B", profile: null });
    expect(proposal).toEqual({ title: "Ditta A e Ente B", commonGoal: "Da precisare insieme: quali risultati misurabili, per quante persone, entro quando." });
  });
});
