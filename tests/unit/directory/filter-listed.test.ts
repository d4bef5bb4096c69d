import { directorySearchSchema, type DirectorySearchInput } from "@/lib/directory/directory-search-schema";
import { buildListedFilter, type FilterContext } from "@/lib/directory/filter-listed";
import { toListedOrganization, type ListedOrganization } from "@/lib/directory/listed-organization";
import { prepareProfile, type MatchProfile } from "@/lib/match";
import { makeCompany, makeNonprofit } from "../match/profile-fixtures";

function listed(profile: MatchProfile, sent = true): ListedOrganization {
  const row = { id: profile.id, name: profile.name, kind: profile.kind === "company" ? ("COMPANY" as const) : ("NONPROFIT" as const), comune: profile.comune };
  return sent ? toListedOrganization(row, profile, prepareProfile(profile)) : toListedOrganization(row, null, null);
}

const PAVIA = { lat: 45.1847, lon: 9.1582 };
const noContext: FilterContext = { home: null, chosenComune: null, reader: null };

function kept(input: DirectorySearchInput, organizations: ListedOrganization[], context: FilterContext = noContext): string[] {
  const filter = buildListedFilter(directorySearchSchema.parse(input), context);
  return organizations.filter(filter).map((organization) => organization.id);
}

describe("the directory's filters", () => {
  const caritas = listed(makeNonprofit({ id: "caritas", name: "Càritas Città di Vigevano", comune: "Vigevano", causes: ["u"], offers: ["territory-knowledge"], needs: ["goods:food"], description: "Mensa per chi è in difficoltà." }));
  const doposcuola = listed(makeNonprofit({ id: "doposcuola", name: "Doposcuola Pavese", comune: "Pavia", causes: ["d", "l"], offers: ["storytelling"], needs: ["skills:digital"] }));
  const milano = listed(makeNonprofit({ id: "milano", name: "Aiuto Milano", comune: "Milano", causes: ["a"] }));
  const silent = listed(makeNonprofit({ id: "silent", name: "Ente senza questionario", comune: "Pavia" }), false);
  const all = [caritas, doposcuola, milano, silent];

  it("finds by name, comune or description, ignoring case and accents", () => {
    expect(kept({ q: "caritas" }, all)).toEqual(["caritas"]);
    expect(kept({ q: "citta" }, all)).toEqual(["caritas"]);
    expect(kept({ q: "DIFFICOLTA" }, all)).toEqual(["caritas"]);
    expect(kept({ q: "pavia" }, all)).toEqual(["doposcuola", "silent"]);
    expect(kept({}, all)).toEqual(["caritas", "doposcuola", "milano", "silent"]);
  });

  it("filters by cause and by resources offered or needed (only sent questionnaires have them)", () => {
    expect(kept({ cause: "l" }, all)).toEqual(["doposcuola"]);
    expect(kept({ offers: "territory-knowledge" }, all)).toEqual(["caritas"]);
    expect(kept({ needs: "skills:digital" }, all)).toEqual(["doposcuola"]);
    expect(kept({ cause: "u", needs: "skills:digital" }, all)).toEqual([]);
  });

  it("keeps one comune, or those within a radius of the chosen comune or else of the reader's own", () => {
    expect(kept({ comune: "pavia" }, all)).toEqual(["doposcuola", "silent"]);
    // Vigevano is 27.4 km from Pavia, Milano 30.4.
    expect(kept({ radiusKm: 10 }, all, { ...noContext, home: PAVIA })).toEqual(["doposcuola", "silent"]);
    expect(kept({ radiusKm: 29 }, all, { ...noContext, home: PAVIA })).toEqual(["caritas", "doposcuola", "silent"]);
    const milan = { lat: 45.4642, lon: 9.19 };
    expect(kept({ comune: "Milano", radiusKm: 5 }, all, { ...noContext, home: PAVIA, chosenComune: milan })).toEqual(["milano"]);
  });

  it("leaves out the pairs a hard exclusion forbids, as suggestions do, and only those", () => {
    const winery = prepareProfile(makeCompany({ id: "winery", sectorTags: ["alcohol"] }));
    const refusing = listed(makeNonprofit({ id: "refusing", name: "No alcol", excludeSectorTags: ["alcohol"] }));
    const reader = { kind: "COMPANY" as const, exclusion: winery };
    expect(kept({}, [refusing, doposcuola, silent], { ...noContext, reader })).toEqual(["doposcuola", "silent"]);
    // The nonprofit reading companies: the same pair, seen from the other side.
    const wineryListed = listed(makeCompany({ id: "winery", sectorTags: ["alcohol"] }));
    const software = listed(makeCompany({ id: "software" }));
    const refusingReader = { kind: "NONPROFIT" as const, exclusion: prepareProfile(makeNonprofit({ id: "refusing", excludeSectorTags: ["alcohol"] })) };
    expect(kept({}, [wineryListed, software], { ...noContext, reader: refusingReader })).toEqual(["software"]);
    // Unknown without the reader's questionnaire: nothing is left out.
    expect(kept({}, [wineryListed, software])).toEqual(["winery", "software"]);
  });
});
