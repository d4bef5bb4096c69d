import { matchesTerms, normalizeSearchText, searchTermsOf } from "@/lib/directory/normalize-search-text";

describe("the directory's text search", () => {
  it("ignores case and accents", () => {
    expect(normalizeSearchText("Càritas Diocesana")).toBe("caritas diocesana");
    expect(normalizeSearchText("CITTÀ DEL SOLE")).toBe("citta del sole");
    expect(normalizeSearchText("Perché così")).toBe("perche cosi");
  });

  it("turns apostrophes and punctuation into spaces", () => {
    expect(normalizeSearchText("L’Aquila, Onlus")).toBe("l aquila onlus");
    expect(normalizeSearchText("Pane-Condiviso  (APS)")).toBe("pane condiviso aps");
  });

  it("finds every word of the query, in any order, as part of a word", () => {
    const text = normalizeSearchText("Càritas Città di Vigevano: mensa e doposcuola");
    expect(matchesTerms(text, searchTermsOf("caritas"))).toBe(true);
    expect(matchesTerms(text, searchTermsOf("citta"))).toBe(true);
    expect(matchesTerms(text, searchTermsOf("VIGEVANO càrit"))).toBe(true);
    expect(matchesTerms(text, searchTermsOf("doposcuola milano"))).toBe(false);
  });

  it("reads a query of blanks or punctuation as no terms at all", () => {
    expect(searchTermsOf("   ")).toEqual([]);
    expect(searchTermsOf("'!?")).toEqual([]);
    expect(searchTermsOf("pane pane Pane")).toEqual(["pane"]);
  });
});
