import { checkRegistryAnswers } from "@/lib/profiles/questionnaire/server-rules";

// The company's step 1 (seat and sector), with the ATECO tables of tests/fixtures/ateco
// installed (jest.config.mjs) and without them.
const step1 = (sectorCode: string) => ({ comune: "Pavia", sectorSection: "K", sectorCode });

describe("the ATECO code on the server", () => {
  it("must exist in the installed ATECO 2025 and belong to the chosen section", () => {
    expect(checkRegistryAnswers("COMPANY", 1, step1("62.10.00"))).toEqual({});
    expect(checkRegistryAnswers("COMPANY", 1, step1("62.01.00"))).toEqual({ sectorCode: "atecoCodeUnknown" });
    expect(checkRegistryAnswers("COMPANY", 1, { ...step1("62.10.00"), sectorSection: "C" })).toEqual({ sectorCode: "atecoCodeOtherSection" });
  });

  describe("without the tables installed", () => {
    const configured = process.env.ATECO_TABLES_DIR;
    beforeEach(() => {
      process.env.ATECO_TABLES_DIR = "/nonexistent/ateco";
    });
    afterEach(() => {
      process.env.ATECO_TABLES_DIR = configured;
    });

    it("checks the form of the code only", () => {
      expect(checkRegistryAnswers("COMPANY", 1, step1("62.01.00"))).toEqual({});
      expect(checkRegistryAnswers("COMPANY", 1, step1("62.1x"))).toEqual({ sectorCode: "atecoCodeUnknown" });
    });
  });
});
