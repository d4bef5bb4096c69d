import { parseDirectorySearch } from "@/lib/directory/directory-search-schema";

describe("the directory's search schema (shared by the form and the server)", () => {
  it("reads an empty form as no filter, on the first page", () => {
    expect(parseDirectorySearch({ q: "", cause: "", comune: "", radiusKm: "", offers: "", needs: "", page: "" })).toEqual({ ok: true, search: { page: 1 } });
  });

  it("reads the query string's text into numbers and codes", () => {
    const parsed = parseDirectorySearch({ q: "  caritas ", cause: "u", comune: "Vigevano", radiusKm: "25", offers: "volunteering-opportunities", needs: "funding", page: "3" });
    expect(parsed).toEqual({ ok: true, search: { q: "caritas", cause: "u", comune: "Vigevano", radiusKm: 25, offers: "volunteering-opportunities", needs: "funding", page: 3 } });
  });

  it("names the field and the problem of every bad value, so the page shows them instead of failing", () => {
    const parsed = parseDirectorySearch({ q: "x".repeat(101), cause: "zz", comune: "Atlantide", radiusKm: "-4", offers: "gold", page: "abc" });
    expect(parsed).toEqual({
      ok: false,
      errors: { q: "queryTooLong", cause: "unknownCause", comune: "comuneUnknown", radiusKm: "radiusInvalid", offers: "unknownResource", page: "pageInvalid" },
    });
    expect(parseDirectorySearch({ radiusKm: "2.5" })).toEqual({ ok: false, errors: { radiusKm: "radiusInvalid" } });
    expect(parseDirectorySearch({ radiusKm: "301" })).toEqual({ ok: false, errors: { radiusKm: "radiusInvalid" } });
    expect(parseDirectorySearch({ page: "0" })).toEqual({ ok: false, errors: { page: "pageInvalid" } });
  });

  it("refuses a parameter given twice (?q=a&q=b) rather than picking one", () => {
    expect(parseDirectorySearch({ q: ["a", "b"] })).toEqual({ ok: false, errors: { q: "invalid" } });
  });
});
