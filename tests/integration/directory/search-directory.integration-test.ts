import { randomUUID } from "node:crypto";
import { searchDirectory, type DirectoryItem, type DirectoryResult } from "@/lib/directory/search-directory";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { CandidateIndex } from "@/lib/suggestions/candidate-index";
import { getPublicProfile } from "@/lib/suggestions/get-public-profile";
import { listSuggestions } from "@/lib/suggestions/list-suggestions";
import { createUser } from "../../support/factories";
import { COMPANY_PROFILE, NONPROFIT_PROFILE, addMember, createProfiledOrganization, createProfiledPartner } from "../../support/matching-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// Each search gets an index of its own, read afresh (candidate-index.integration-test.ts is
// about how an index follows changes). Every organisation made here carries a word of its
// test in its name, and each search asks for that word, so the tests do not see each other.
describe("the directory of organisations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const word = () => `w${randomUUID().slice(0, 8)}`;
  type Actor = Parameters<typeof searchDirectory>[1];
  async function ready(actor: Actor, input: Parameters<typeof searchDirectory>[2]): Promise<Extract<DirectoryResult, { state: "ready" }>> {
    const result = await searchDirectory(database.db, actor, input, { locale: "it", index: new CandidateIndex() });
    if (result.state !== "ready") throw new Error(`expected a directory, got ${result.state}`);
    return result;
  }
  const names = (items: DirectoryItem[]) => items.map((item) => item.name);
  const partner = (p: { user: { id: string }; organization: { id: string } }): Actor => ({ type: "partner", ...p });

  it("shows a partner the ACTIVE organisations of the other side only, without excluded pairs, and no private field", async () => {
    const w = word();
    const reader = await createProfiledPartner(database.db, "COMPANY", { name: `Distilleria ${w}`, profile: { ...COMPANY_PROFILE, sectorTags: ["alcohol"] } });
    const shown = await createProfiledOrganization(database.db, "NONPROFIT", {
      name: `Ente aperto ${w}`,
      contact: { name: "Referente Riservato", email: `riservato-${w}@example.it`, phone: "+39 0382 123456" },
    });
    const member = await addMember(database.db, shown);
    const noQuestionnaire = await createProfiledOrganization(database.db, "NONPROFIT", { name: `Ente nuovo ${w}`, profile: null });
    await createProfiledOrganization(database.db, "NONPROFIT", { name: `Ente in attesa ${w}`, status: "PENDING" });
    await createProfiledOrganization(database.db, "NONPROFIT", { name: `Ente sospeso ${w}`, status: "SUSPENDED" });
    await createProfiledOrganization(database.db, "COMPANY", { name: `Altra impresa ${w}` });
    const refusing = await createProfiledOrganization(database.db, "NONPROFIT", { name: `Ente senza alcol ${w}`, profile: { ...NONPROFIT_PROFILE, excludeSectorTags: ["alcohol"] } });

    const result = await ready(partner(reader), { q: w });
    expect(names(result.items)).toEqual([shown.name, noQuestionnaire.name]);
    expect(result.total).toBe(2);
    expect(result.sortedByFit).toBe(true);
    // The refusing nonprofit's profile is hidden too (see interest-exclusions.integration-test.ts).
    expect(result.items.map((item) => item.id)).not.toContain(refusing.id);

    const row = await database.db.organization.findUniqueOrThrow({ where: { id: shown.id }, select: { taxCode: true, contactEmail: true, contactName: true, contactPhone: true, reviewNote: true } });
    const memberEmail = (await database.db.user.findUniqueOrThrow({ where: { id: member.user.id }, select: { email: true } })).email;
    const text = JSON.stringify(result);
    for (const secret of [row.taxCode, row.contactEmail, row.contactName, row.contactPhone, row.reviewNote, memberEmail]) {
      expect(secret).toBeTruthy();
      expect(text).not.toContain(secret as string);
    }
    expect(Object.keys(result.items[0] as object).sort()).toEqual(["causes", "comune", "distanceKm", "id", "kind", "name", "score", "summary"]);
  });

  it("gives the score of the suggestions page and of the public profile, best first, then those without a questionnaire by name", async () => {
    const w = word();
    const reader = await createProfiledPartner(database.db, "NONPROFIT", { name: `Lettore ${w}` });
    const close = await createProfiledOrganization(database.db, "COMPANY", { name: `Zeta vicina ${w}` });
    const far = await createProfiledOrganization(database.db, "COMPANY", { name: `Alfa lontana ${w}`, comune: "Voghera", profile: { ...COMPANY_PROFILE, causes: ["e"], offers: ["spaces"], rangeKm: 5 } });
    const later = await createProfiledOrganization(database.db, "COMPANY", { name: `Beta senza questionario ${w}`, profile: null });
    const earlier = await createProfiledOrganization(database.db, "COMPANY", { name: `Àncora bozza ${w}`, submitted: false });

    const result = await ready(partner(reader), { q: w });
    expect(result.items.map((item) => item.id)).toEqual([close.id, far.id, earlier.id, later.id]);
    const [first, second, third] = result.items;
    expect(first?.score).toBeGreaterThan(second?.score ?? 100);
    expect(third?.score).toBeNull();

    const suggestions = await listSuggestions(database.db, reader, { locale: "it", index: new CandidateIndex() });
    if (suggestions.state !== "ready") throw new Error("expected suggestions");
    for (const item of [first, second]) {
      const suggested = suggestions.suggestions.find((suggestion) => suggestion.id === item?.id);
      expect(suggested?.score).toBe(item?.score);
      const profile = await getPublicProfile(database.db, reader, { organizationId: item?.id ?? "", locale: "it" });
      expect(profile.fit?.score).toBe(item?.score);
    }
  });

  it("sorts by name when the reader has not sent its questionnaire", async () => {
    const w = word();
    const reader = await createProfiledPartner(database.db, "COMPANY", { profile: null });
    const b = await createProfiledOrganization(database.db, "NONPROFIT", { name: `Bravo ${w}` });
    const a = await createProfiledOrganization(database.db, "NONPROFIT", { name: `Alfa ${w}` });
    const result = await ready(partner(reader), { q: w });
    expect(names(result.items)).toEqual([a.name, b.name]);
    expect(result.items.every((item) => item.score === null)).toBe(true);
    expect(result.sortedByFit).toBe(false);
  });

  it("finds names ignoring case and accents, and filters by cause, comune, radius and resources", async () => {
    const w = word();
    const reader = await createProfiledPartner(database.db, "COMPANY", { comune: "Pavia" });
    const caritas = await createProfiledOrganization(database.db, "NONPROFIT", {
      name: `Càritas Città ${w}`,
      comune: "Vigevano",
      profile: { ...NONPROFIT_PROFILE, causes: ["u"], offers: ["territory-knowledge"], needs: ["goods:food"] },
    });
    const school = await createProfiledOrganization(database.db, "NONPROFIT", { name: `Doposcuola ${w}`, comune: "Pavia" });
    const milan = await createProfiledOrganization(database.db, "NONPROFIT", { name: `Mensa ${w}`, comune: "Milano", profile: { ...NONPROFIT_PROFILE, causes: ["u"] } });

    expect(names((await ready(partner(reader), { q: `caritas ${w}` })).items)).toEqual([caritas.name]);
    expect(names((await ready(partner(reader), { q: `CITTA ${w}` })).items)).toEqual([caritas.name]);
    expect(names((await ready(partner(reader), { q: w, cause: "u" })).items).sort()).toEqual([caritas.name, milan.name].sort());
    expect(names((await ready(partner(reader), { q: w, comune: "Pavia" })).items)).toEqual([school.name]);
    // From the reader's Pavia: Vigevano 27 km, Milano 30 km.
    expect(names((await ready(partner(reader), { q: w, radiusKm: "29" })).items).sort()).toEqual([caritas.name, school.name].sort());
    expect(names((await ready(partner(reader), { q: w, comune: "Milano", radiusKm: "5" })).items)).toEqual([milan.name]);
    expect(names((await ready(partner(reader), { q: w, offers: "territory-knowledge" })).items)).toEqual([caritas.name]);
    expect(names((await ready(partner(reader), { q: w, needs: "skills:digital" })).items).sort()).toEqual([school.name, milan.name].sort());
    const far = (await ready(partner(reader), { q: w, comune: "Vigevano" })).items[0];
    expect(far?.distanceKm).toBe(27);
  });

  it("pages 20 at a time, without repeating or losing anyone", async () => {
    const w = word();
    const reader = await createProfiledPartner(database.db, "COMPANY");
    for (let i = 0; i < 14; i++) await createProfiledOrganization(database.db, "NONPROFIT", { name: `Ente ${w} ${String(i).padStart(2, "0")}` });
    for (let i = 0; i < 11; i++) await createProfiledOrganization(database.db, "NONPROFIT", { name: `Ente nuovo ${w} ${String(i).padStart(2, "0")}`, profile: null });

    const first = await ready(partner(reader), { q: w });
    const second = await ready(partner(reader), { q: w, page: "2" });
    const beyond = await ready(partner(reader), { q: w, page: "3" });
    expect([first.total, first.pageCount, first.items.length, second.items.length, beyond.items.length]).toEqual([25, 2, 20, 5, 0]);
    const seen = [...first.items, ...second.items];
    expect(new Set(seen.map((item) => item.id)).size).toBe(25);
    // The 14 with a score first (across the page boundary nothing is out of order), then the 11 by name.
    expect(seen.slice(0, 14).every((item) => item.score !== null)).toBe(true);
    const scores = seen.slice(0, 14).map((item) => item.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(names(seen.slice(14))).toEqual(Array.from({ length: 11 }, (_, i) => `Ente nuovo ${w} ${String(i).padStart(2, "0")}`));
  });

  it("shows staff every ACTIVE organisation of both sides, excluded pairs included, by name; and nobody else", async () => {
    const w = word();
    const staffUser = await createUser(database.db, { role: "STAFF" });
    const staff: Actor = { type: "staff", id: staffUser.id, role: "STAFF" };
    const winery = await createProfiledOrganization(database.db, "COMPANY", { name: `Cantina ${w}`, profile: { ...COMPANY_PROFILE, sectorTags: ["alcohol"] } });
    const refusing = await createProfiledOrganization(database.db, "NONPROFIT", { name: `Astemi ${w}`, profile: { ...NONPROFIT_PROFILE, excludeSectorTags: ["alcohol"] } });
    await createProfiledOrganization(database.db, "NONPROFIT", { name: `In attesa ${w}`, status: "PENDING" });

    const all = await ready(staff, { q: w });
    expect(names(all.items)).toEqual([refusing.name, winery.name]);
    expect(all.items.every((item) => item.score === null && item.distanceKm === null)).toBe(true);
    expect(names((await ready(staff, { q: w, kind: "COMPANY" })).items)).toEqual([winery.name]);
    await expect(searchDirectory(database.db, staff, { radiusKm: "10" }, { locale: "it", index: new CandidateIndex() })).rejects.toMatchObject({ message: "radiusNeedsComune", field: "comune" });

    const partnerPosingAsStaff: Actor = { type: "staff", id: staffUser.id, role: "PARTNER" };
    await expect(searchDirectory(database.db, partnerPosingAsStaff, {}, { locale: "it", index: new CandidateIndex() })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("follows changes through the index's refresh: an approval, a questionnaire sent, a suspension", async () => {
    const w = word();
    const reader = await createProfiledPartner(database.db, "COMPANY");
    // One index for the whole test, as an app server keeps it, refreshed at every search.
    const index = new CandidateIndex({ refreshIntervalMs: 0 });
    const search = async () => {
      const result = await searchDirectory(database.db, partner(reader), { q: w }, { locale: "it", index });
      if (result.state !== "ready") throw new Error("expected a directory");
      return result.items.map((item) => ({ name: item.name, scored: item.score !== null }));
    };
    const newcomer = await createProfiledOrganization(database.db, "NONPROFIT", { name: `Nuovo ${w}`, status: "PENDING", submitted: false });
    expect(await search()).toEqual([]);

    await database.db.organization.update({ where: { id: newcomer.id }, data: { status: "ACTIVE" } });
    expect(await search()).toEqual([{ name: newcomer.name, scored: false }]);

    await database.db.organizationProfile.update({ where: { organizationId: newcomer.id }, data: { submittedAt: new Date() } });
    expect(await search()).toEqual([{ name: newcomer.name, scored: true }]);

    await database.db.organization.update({ where: { id: newcomer.id }, data: { status: "SUSPENDED" } });
    expect(await search()).toEqual([]);
  });

  it("is closed to an organisation not approved yet, and refuses bad input with the field named", async () => {
    const pending = await createProfiledPartner(database.db, "COMPANY", { status: "PENDING" });
    await expect(searchDirectory(database.db, partner(pending), {}, { locale: "it", index: new CandidateIndex() })).resolves.toEqual({ state: "not-active", status: "PENDING" });
    const reader = await createProfiledPartner(database.db, "COMPANY");
    const refused = searchDirectory(database.db, partner(reader), { cause: "zz" }, { locale: "it", index: new CandidateIndex() });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({ message: "unknownCause", field: "cause" });
  });
});
