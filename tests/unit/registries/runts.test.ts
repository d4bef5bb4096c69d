import {
  legalFormFitsSection,
  parseRuntsNumber,
  RUNTS_SECTION_NAMES,
  RUNTS_SECTIONS,
  sectionsForLegalForm,
} from "@/lib/registries/runts";
import { nonprofitStepSchemas } from "@/lib/profiles/questionnaire/step-schemas";
import { NONPROFIT_STEPS } from "../../support/onboarding-steps";

describe("RUNTS sections", () => {
  it("are the seven of art. 46 of the Codice del Terzo settore, named in both languages", () => {
    expect(RUNTS_SECTIONS).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(RUNTS_SECTION_NAMES.a.it).toBe("Organizzazioni di volontariato");
    expect(RUNTS_SECTION_NAMES.d.it).toBe("Imprese sociali, incluse le cooperative sociali");
    expect(RUNTS_SECTION_NAMES.f.en).toBe("Mutual aid societies");
  });

  it("tie the legal forms the law ties to one section", () => {
    expect(sectionsForLegalForm("ODV")).toEqual(["a"]);
    expect(sectionsForLegalForm("APS")).toEqual(["b"]);
    expect(sectionsForLegalForm("IS")).toEqual(["d"]);
    expect(sectionsForLegalForm("COOP-SOC")).toEqual(["d"]);
    expect(sectionsForLegalForm("FOND")).toEqual(["c", "g"]);
    expect(legalFormFitsSection("ODV", "b")).toBe(false);
    expect(legalFormFitsSection("ETS", "e")).toBe(true);
    expect(legalFormFitsSection("ALTRO", "f")).toBe(true);
    expect(legalFormFitsSection("APS", "g")).toBe(false);
  });
});

describe("RUNTS repertorio number", () => {
  it("reads the number as people copy it from the register", () => {
    expect(parseRuntsNumber("45678")).toBe("45678");
    expect(parseRuntsNumber(" Rep. n. 45678 ")).toBe("45678");
    expect(parseRuntsNumber("n° 1187")).toBe("1187");
    expect(parseRuntsNumber("Repertorio n. 45.678")).toBe("45678");
    expect(parseRuntsNumber("0877")).toBe("877");
  });

  it("refuses what is not one", () => {
    for (const text of ["", "0", "abc", "12345678", "12-34", "45678a", "IT 45678", "4.5"]) expect(parseRuntsNumber(text)).toBeNull();
  });
});

describe("the nonprofit's first step", () => {
  const step1 = nonprofitStepSchemas[1];
  const issuesOf = (values: Record<string, unknown>) =>
    Object.fromEntries((step1.safeParse({ ...NONPROFIT_STEPS[1], ...values }).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

  it("accepts an enrolled body with a section that fits its legal form", () => {
    expect(issuesOf({})).toEqual({});
    expect(issuesOf({ legalForm: "COOP-SOC", runtsSection: "D", runtsNumber: "Rep. n. 1187" })).toEqual({});
  });

  it("refuses a section that does not fit the legal form, on the section", () => {
    expect(issuesOf({ legalForm: "ODV", runtsSection: "b" })).toEqual({ runtsSection: "runtsSectionMismatch" });
    expect(issuesOf({ legalForm: "COOP-SOC", runtsSection: "g" })).toEqual({ runtsSection: "runtsSectionMismatch" });
  });

  it("refuses a section outside a–g and a malformed number", () => {
    expect(issuesOf({ runtsSection: "h" })).toEqual({ runtsSection: "required" });
    expect(issuesOf({ runtsNumber: "9999x" })).toEqual({ runtsNumber: "runtsNumberInvalid" });
  });

  it("asks an enrolled body for section and number, and a body not enrolled for neither", () => {
    expect(issuesOf({ runtsSection: "", runtsNumber: "" })).toEqual({ runtsSection: "runtsSectionRequired", runtsNumber: "runtsNumberRequired" });
    expect(issuesOf({ runtsStatus: "pending", runtsNumber: "" })).toEqual({});
    expect(issuesOf({ runtsStatus: "pending", runtsSection: "a" })).toEqual({ runtsNumber: "runtsNumberOnlyEnrolled", runtsSection: "runtsSectionMismatch" });
    expect(issuesOf({ runtsStatus: "not-enrolled", runtsSection: "", runtsNumber: "" })).toEqual({});
    expect(issuesOf({ runtsStatus: "not-enrolled", runtsNumber: "" })).toEqual({ runtsSection: "runtsSectionOnlyEnrolled" });
    expect(issuesOf({ runtsStatus: undefined })).toEqual({ runtsStatus: "required" });
  });
});
