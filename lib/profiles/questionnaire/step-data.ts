import { findComune } from "@/lib/geo";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { DataStep } from "./step-schemas";

// The wizard's fields and OrganizationProfile.data differ in three places only: the comune
// lives on Organization, the ATECO sector is one string ("C 10.7") split into section and
// code in the form, and blank RUNTS fields are left out rather than stored empty.

type Data = Record<string, unknown>;

/** What one validated step contributes to OrganizationProfile.data (and the comune apart). */
export function stepToData(kind: OrganizationKind, step: DataStep, values: Data): { data: Data; comune?: string } {
  if (step !== 1) return { data: values };
  const { comune, ...rest } = values;
  const official = typeof comune === "string" ? (findComune(comune)?.name ?? comune) : undefined;
  if (kind === "COMPANY") {
    const { sectorSection, sectorCode, ...fields } = rest;
    const code = typeof sectorCode === "string" ? sectorCode.trim() : "";
    return { data: { ...fields, sector: code ? `${String(sectorSection)} ${code}` : String(sectorSection) }, comune: official };
  }
  const { runtsSection, runtsNumber, ...fields } = rest;
  const data: Data = { ...fields };
  // Keys set to undefined remove the stored value when merged (JSON drops them).
  data.runtsSection = typeof runtsSection === "string" && runtsSection !== "" ? runtsSection : undefined;
  data.runtsNumber = typeof runtsNumber === "string" && runtsNumber !== "" ? runtsNumber : undefined;
  return { data, comune: official };
}

/** The form's default values for a step, from the stored draft (missing fields stay empty). */
export function dataToStepDefaults(kind: OrganizationKind, step: DataStep, data: Data, comune: string): Data {
  const list = (key: string) => (Array.isArray(data[key]) ? data[key] : []);
  const number = (key: string) => (typeof data[key] === "number" ? data[key] : undefined);
  const text = (key: string) => (typeof data[key] === "string" ? data[key] : "");
  if (kind === "COMPANY") {
    switch (step) {
      case 1: {
        const [section = "", code = ""] = text("sector").split(" ");
        return { comune, sectorSection: section, sectorCode: code, employees: number("employees"), description: text("description") };
      }
      case 2:
        return { causes: list("causes"), sdgs: list("sdgs"), excludeCauses: list("excludeCauses") };
      case 3:
        return { offers: list("offers"), needs: list("needs"), budgetEur: number("budgetEur"), volunteerHours: number("volunteerHours") };
      case 4:
        return { rangeKm: number("rangeKm"), horizons: list("horizons"), sectorTags: list("sectorTags") };
    }
  }
  switch (step) {
    case 1:
      return { comune, legalForm: text("legalForm"), runtsSection: text("runtsSection"), runtsNumber: text("runtsNumber"), description: text("description") };
    case 2:
      return { causes: list("causes"), sdgs: list("sdgs") };
    case 3:
      return { offers: list("offers"), needs: list("needs"), volunteersHosted: number("volunteersHosted"), projectBudgetEur: number("projectBudgetEur") };
    case 4:
      return { horizons: list("horizons"), excludeSectorTags: list("excludeSectorTags") };
  }
}
