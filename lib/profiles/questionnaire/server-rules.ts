import "server-only";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { findProvince, resolveComune } from "@/lib/geo";
import { atecoInstalled, findAteco, normalizeAtecoCode } from "@/lib/registries/ateco";
import { splitComuniList } from "./area-of-action";
import type { QuestionnaireErrorKey } from "./question-catalogue";
import type { DataStep } from "./steps";

type Data = Record<string, unknown>;

/**
 * The checks of a step that need the national registries, which stay on the server: the
 * comune must be an Italian comune (a name two provinces share needs its province), the
 * comuni and provinces of an area of action must exist, the ATECO code must exist in the stored ATECO 2025 and belong to the chosen section.
 * Returns field errors as message keys, like the step schema's.
 */
export function checkRegistryAnswers(kind: OrganizationKind, step: DataStep, values: Data): Record<string, QuestionnaireErrorKey> {
  const errors: Record<string, QuestionnaireErrorKey> = {};
  if (kind === "COMPANY" && step === 4) {
    const provinces = Array.isArray(values.areaProvinces) ? values.areaProvinces : typeof values.areaProvinces === "string" ? [values.areaProvinces] : [];
    if (values.areaKind === "provinces" && provinces.some((sigla) => typeof sigla !== "string" || !findProvince(sigla))) errors.areaProvinces = "provinceUnknown";
    if (values.areaKind === "comuni" && splitComuniList(values.areaComuni).some((name) => resolveComune(name).status !== "found")) errors.areaComuni = "areaComuniUnknown";
  }
  if (step !== 1) return errors;
  if (typeof values.comune === "string" && values.comune.trim() !== "") {
    const lookup = resolveComune(values.comune);
    if (lookup.status === "unknown") errors.comune = "comuneUnknown";
    if (lookup.status === "ambiguous") errors.comune = "comuneAmbiguous";
  }
  if (kind === "COMPANY" && typeof values.sectorCode === "string" && values.sectorCode.trim() !== "") {
    // Without the ATECO tables installed (npm run ateco:build) only the form of the code is checked.
    const entry = findAteco(values.sectorCode);
    if (!atecoInstalled()) {
      if (normalizeAtecoCode(values.sectorCode) === null) errors.sectorCode = "atecoCodeUnknown";
    } else if (!entry || entry.level < 2) errors.sectorCode = "atecoCodeUnknown";
    else if (typeof values.sectorSection === "string" && values.sectorSection !== "" && entry.section !== values.sectorSection) errors.sectorCode = "atecoCodeOtherSection";
  }
  return errors;
}
