import { agreementContentSchema } from "@/lib/partnerships/agreement/agreement-schema";
import { addMonthsMinusOneDay, buildAgreementTemplate } from "@/lib/partnerships/agreement/agreement-template";

const parties = {
  title: "Riso solidale della Lomellina",
  companyName: "Riseria Vigevanese S.p.A.",
  nonprofitName: "Terra Buona APS",
  commonGoal: "Portare riso di qualità a 300 famiglie in difficoltà.",
  today: new Date("2026-03-01T09:00:00Z"),
};

describe("the agreement template", () => {
  it("fills every field in Italian, naming both parties and the goal", () => {
    const draft = buildAgreementTemplate({ ...parties, locale: "it" });
    expect(agreementContentSchema.safeParse(draft).success).toBe(true);
    expect(draft.objectives).toContain("Riseria Vigevanese S.p.A.");
    expect(draft.objectives).toContain("Terra Buona APS");
    expect(draft.objectives).toContain("Portare riso di qualità a 300 famiglie in difficoltà");
    expect(draft.objectives).not.toContain("difficoltà..");
    expect(draft.responsibilities).toContain("Riseria Vigevanese S.p.A. si impegna");
    expect(draft.responsibilities).toContain("Terra Buona APS si impegna");
  });

  it("speaks the usual language of CSR agreements: GDPR art. 28, logos only with written consent, 30 days' notice", () => {
    const draft = buildAgreementTemplate({ ...parties, locale: "it" });
    expect(draft.dataProtection).toMatch(/art\. 28 del GDPR/);
    expect(draft.logoUse).toMatch(/previo consenso scritto/);
    expect(draft.termination).toMatch(/preavviso scritto di 30 giorni/);
    expect(draft.indicatorsText).toMatch(/valore obiettivo/);
  });

  it("is written in English for an English reader", () => {
    const draft = buildAgreementTemplate({ ...parties, locale: "en" });
    expect(draft.objectives).toMatch(/^With this agreement Riseria Vigevanese S\.p\.A\./);
    expect(draft.dataProtection).toContain("Article 28 GDPR");
    expect(draft.logoUse).toContain("prior written consent");
    expect(draft.termination).toContain("30 days' written notice");
  });

  it("lasts twelve months from the day it is drafted", () => {
    const draft = buildAgreementTemplate({ ...parties, locale: "it" });
    expect([draft.startsOn, draft.endsOn]).toEqual(["2026-03-01", "2027-02-28"]);
    expect(addMonthsMinusOneDay("2026-01-31", 1)).toBe("2026-02-27");
    expect(addMonthsMinusOneDay("2027-03-01", 12)).toBe("2028-02-29");
  });

  it("is the same text for the same input", () => {
    expect(buildAgreementTemplate({ ...parties, locale: "it" })).toEqual(buildAgreementTemplate({ ...parties, locale: "it" }));
  });
});
