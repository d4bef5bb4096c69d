import { findComune, formatComune } from "@/lib/geo";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { questionsOf } from "./question-catalogue";
import { splitComuniList } from "./area-of-action";
import { canonicalRuntsNumber } from "./runts-rule";
import type { DataStep } from "./steps";

// The wizard's fields and OrganizationProfile.data differ in three places only: the comune
// lives on Organization, the ATECO sector is one string ("C 10.7") split into section and
// code in the form, and blank RUNTS fields (or those a body not enrolled cannot have) are left out.

type Data = Record<string, unknown>;

/** What one validated step contributes to OrganizationProfile.data (and the comune apart). */
export function stepToData(kind: OrganizationKind, step: DataStep, values: Data): { data: Data; comune?: string } {
  if (step === 4 && kind === "COMPANY") return { data: areaToData(values) };
  if (step !== 1) return { data: values };
  const { comune, ...rest } = values;
  const found = typeof comune === "string" ? findComune(comune) : undefined;
  // The official name, with its province when two comuni share it ("Samone (TO)").
  const official = typeof comune === "string" ? (found ? formatComune(found) : comune) : undefined;
  if (kind === "COMPANY") {
    const { sectorSection, sectorCode, ...fields } = rest;
    const code = typeof sectorCode === "string" ? sectorCode.trim() : "";
    return { data: { ...fields, sector: code ? `${String(sectorSection)} ${code}` : String(sectorSection) }, comune: official };
  }
  const { runtsStatus, runtsSection, runtsNumber, ...fields } = rest;
  const data: Data = { ...fields, runtsStatus };
  // Keys set to undefined remove the stored value when merged (JSON drops them). Only an
  // enrolled body has a number; one enrolling may have named its section.
  data.runtsSection = runtsStatus !== "not-enrolled" && typeof runtsSection === "string" && runtsSection !== "" ? runtsSection : undefined;
  data.runtsNumber = runtsStatus === "enrolled" && typeof runtsNumber === "string" && runtsNumber !== "" ? canonicalRuntsNumber(runtsNumber) : undefined;
  return { data, comune: official };
}

/** The company's area of action as stored: only the list its kind uses, comuni by their official names. */
function areaToData(values: Data): Data {
  const { areaProvinces, areaComuni, ...fields } = values;
  const comuni = splitComuniList(areaComuni).map((name) => {
    const found = findComune(name);
    return found ? formatComune(found) : name;
  });
  return {
    ...fields,
    areaProvinces: values.areaKind === "provinces" ? areaProvinces : undefined,
    areaComuni: values.areaKind === "comuni" ? [...new Set(comuni)] : undefined,
  };
}

/**
 * The form's default values for a step, from the stored draft: each question reads its
 * stored answer (missing ones stay empty). Checkbox values are strings, as the boxes'
 * values are: the schema turns them back into numbers where the codes are numbers.
 */
export function dataToStepDefaults(kind: OrganizationKind, step: DataStep, data: Data, comune: string): Data {
  const defaults: Data = {};
  for (const question of questionsOf(kind, step)) {
    const stored = question.read ? question.read(data, comune) : data[question.name];
    defaults[question.name] =
      question.control === "checkboxes" ? (Array.isArray(stored) ? stored.map(String) : [])
      : question.control === "number" ? (typeof stored === "number" ? stored : undefined)
      : typeof stored === "string" ? stored : "";
  }
  return defaults;
}
