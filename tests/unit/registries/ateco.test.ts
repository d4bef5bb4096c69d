import { atecoEntries, atecoInstalled, atecoVersion, findAteco, normalizeAtecoCode, searchAteco, suggestAteco2025 } from "@/lib/registries/ateco";

describe("ATECO 2025 table", () => {
  // Jest reads the few codes of tests/fixtures/ateco (jest.config.mjs); the real tables are built per installation.
  it("reads the installed tables with their version, and every level", () => {
    expect(atecoInstalled()).toBe(true);
    expect(atecoVersion()).toMatchObject({ version: "ATECO 2025", referenceDate: "2025-04-01" });
    expect(new Set(atecoEntries().map((entry) => entry.level))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it("knows a code, its parent chain, section and titles in both languages", () => {
    expect(findAteco("62.10.00")).toEqual({
      code: "62.10.00", level: 6, parent: "62.10.0", section: "K",
      titleIt: "Attività di programmazione informatica", titleEn: "Computer programming activities",
    });
    expect(findAteco("621000")?.code).toBe("62.10.00");
    expect(findAteco("01.13")?.section).toBe("A");
    expect(findAteco("99.00.00")?.section).toBe("V");
  });

  it("does not know codes outside the stored version", () => {
    expect(findAteco("62.01.00")).toBeUndefined(); // ATECO 2007's software production
    expect(findAteco("00.00")).toBeUndefined();
    expect(normalizeAtecoCode("62.1x")).toBeNull();
  });
});

describe("ATECO 2007 → 2025", () => {
  it("suggests ISTAT's code for an ATECO 2007 code", () => {
    expect(suggestAteco2025("62.01.00")).toMatchObject({ from: "62.01.00", to: { code: "62.10.00" }, correspondences: 1 });
    expect(suggestAteco2025("62.02.00")?.to.code).toBe("62.20.10");
  });

  it("says when the old activity was split, and suggests nothing for a current code", () => {
    expect(suggestAteco2025("88.99.00")?.correspondences).toBeGreaterThan(1);
    expect(suggestAteco2025("62.10.00")).toBeUndefined();
    expect(suggestAteco2025("nonsense")).toBeUndefined();
  });
});

describe("ATECO search", () => {
  it("finds by the start of a code, broader codes first", () => {
    expect(searchAteco("62.1").map((entry) => entry.code)).toEqual(["62.1", "62.10", "62.10.0", "62.10.00"]);
    expect(searchAteco("6210")[0]?.code).toBe("62.10");
  });

  it("finds by words in Italian or English, accents and case ignored, at most 20", () => {
    expect(searchAteco("PROGRAMMAZIONE informat").map((entry) => entry.code)).toContain("62.10.00");
    expect(searchAteco("attivita programmazione inform").map((entry) => entry.code)).toContain("62.10.00");
    expect(searchAteco("computer programming").map((entry) => entry.code)).toContain("62.10.00");
    expect(searchAteco("coltivazione")).toHaveLength(3);
    expect(searchAteco("coltivazione", 2)).toHaveLength(2);
    expect(searchAteco("zzzz")).toEqual([]);
  });
});

describe("without the tables installed", () => {
  const configured = process.env.ATECO_TABLES_DIR;
  afterEach(() => {
    process.env.ATECO_TABLES_DIR = configured;
  });

  it("knows no code and suggests nothing, but still reads the form of a code", () => {
    process.env.ATECO_TABLES_DIR = "/nonexistent/ateco";
    expect(atecoInstalled()).toBe(false);
    expect(atecoVersion()).toBeNull();
    expect(findAteco("62.10.00")).toBeUndefined();
    expect(searchAteco("programmazione")).toEqual([]);
    expect(suggestAteco2025("62.01.00")).toBeUndefined();
    expect(normalizeAtecoCode("621000")).toBe("62.10.00");
  });
});
