import { buildStepFields } from "@/components/questionnaire/build-step-fields";
import { getMessages } from "@/lib/i18n/get-messages";

const fieldOf = (sectorCode: string, locale: "it" | "en" = "it") =>
  buildStepFields("COMPANY", 1, locale, getMessages(locale).questionnaire, { sectorSection: "C", sectorCode }).find((field) => field.name === "sectorCode");

describe("the questionnaire's ATECO field", () => {
  it("is a combobox on the ATECO registry that names a stored 2025 code in the reader's language", () => {
    expect(fieldOf("31.00.12")).toMatchObject({ type: "combobox", registry: "ateco", initialLabel: "31.00.12 — Fabbricazione di sedie e poltrone per negozi" });
    expect(fieldOf("62.10.00", "en")).toMatchObject({ initialLabel: "62.10.00 — Computer programming activities" });
  });

  it("shows the ATECO 2025 code ISTAT suggests for a stored ATECO 2007 code", () => {
    const field = fieldOf("62.01.00");
    expect(field).toMatchObject({ type: "combobox" });
    expect(field && "notice" in field ? field.notice : "").toBe(
      "Il codice 62.01.00 è della classificazione ATECO 2007, non più in vigore: il codice ATECO 2025 che gli corrisponde è 62.10.00 — Attività di programmazione informatica. Sceglilo qui sotto e salva.",
    );
    const split = fieldOf("31.09.20");
    expect(split && "notice" in split ? split.notice : "").toMatch(/^Il codice 31\.09\.20 è della classificazione ATECO 2007, non più in vigore, e in ATECO 2025 si divide in più codici: ISTAT suggerisce 31\.00\.33/);
  });

  it("has neither for an empty or unknown code", () => {
    expect(fieldOf("")).not.toHaveProperty("notice");
    expect(fieldOf("00.00")).not.toHaveProperty("initialLabel");
  });
});
