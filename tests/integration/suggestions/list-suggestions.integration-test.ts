import { NotFoundError } from "@/lib/errors";
import { expressInterest } from "@/lib/interests/express-interest";
import { dismissSuggestion } from "@/lib/suggestions/dismiss-suggestion";
import { getPublicProfile } from "@/lib/suggestions/get-public-profile";
import { CandidateIndex } from "@/lib/suggestions/candidate-index";
import { listSuggestions, type Suggestion } from "@/lib/suggestions/list-suggestions";
import { getOrganizationForReview } from "@/lib/organizations/get-organization-for-review";
import { createPartnership, createUser } from "../../support/factories";
import {
  COMPANY_PROFILE,
  NONPROFIT_PROFILE,
  createProfiledOrganization,
  createProfiledPartner,
  INTEREST_MESSAGE,
} from "../../support/matching-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// Each call gets an index of its own, read afresh: these tests are about what is suggested,
// candidate-index.integration-test.ts about how an index follows changes.
describe("suggested partners", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  async function ready(actor: Parameters<typeof listSuggestions>[1]): Promise<Suggestion[]> {
    const result = await listSuggestions(database.db, actor, { locale: "it", index: new CandidateIndex() });
    if (result.state !== "ready") throw new Error(`expected suggestions, got ${result.state}`);
    return result.suggestions;
  }

  it("says why there are none for an organisation not active yet, or with an incomplete questionnaire", async () => {
    const pending = await createProfiledPartner(database.db, "COMPANY", { status: "PENDING" });
    await expect(listSuggestions(database.db, pending, { locale: "it", index: new CandidateIndex() })).resolves.toEqual({ state: "not-active", status: "PENDING" });

    const noProfile = await createProfiledPartner(database.db, "COMPANY", { profile: null });
    await expect(listSuggestions(database.db, noProfile, { locale: "it", index: new CandidateIndex() })).resolves.toEqual({ state: "profile-incomplete" });

    const draft = await createProfiledPartner(database.db, "COMPANY", { submitted: false });
    await expect(listSuggestions(database.db, draft, { locale: "it", index: new CandidateIndex() })).resolves.toEqual({ state: "profile-incomplete" });

    // A sent profile that no longer parses: reported in the log, not silently "incomplete".
    const broken = await createProfiledPartner(database.db, "COMPANY", { profile: { ...COMPANY_PROFILE, rangeKm: "lontano" } });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await expect(listSuggestions(database.db, broken, { locale: "it", index: new CandidateIndex() })).resolves.toEqual({ state: "profile-incomplete" });
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([expect.stringMatching(new RegExp(`organisation ${broken.organization.id} .*fields: rangeKm$`))]);
    } finally {
      warn.mockRestore();
    }
    await database.db.organization.update({ where: { id: broken.organization.id }, data: { status: "SUSPENDED" } });
  });

  it("reports a sent profile that no longer parses (a withdrawn code): logged, left out of the suggestions, flagged to staff", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const fine = await createProfiledOrganization(database.db, "NONPROFIT");
    const stale = await createProfiledOrganization(database.db, "NONPROFIT", { profile: { ...NONPROFIT_PROFILE, offers: ["pigeon-post"], projectBudgetEur: -5 } as never });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const ids = (await ready(company)).map((suggestion) => suggestion.id);
      expect(ids).toContain(fine.id);
      expect(ids).not.toContain(stale.id);
      const reports = warn.mock.calls.map((call) => String(call[0])).filter((line) => line.includes(stale.id));
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatch(/Unreadable stored profile: .*left out of matching; fields: offers, projectBudgetEur$/);
      expect(warn.mock.calls.some((call) => String(call[0]).includes(fine.id))).toBe(false);
    } finally {
      warn.mockRestore();
    }

    const staffUser = await createUser(database.db, { role: "STAFF" });
    const staff = { id: staffUser.id, role: "STAFF" as const };
    const review = await getOrganizationForReview(database.db, staff, { organizationId: stale.id, locale: "it" });
    expect(review.profile?.unreadableFields).toEqual(["offers", "projectBudgetEur"]);
    const healthy = await getOrganizationForReview(database.db, staff, { organizationId: fine.id, locale: "it" });
    expect(healthy.profile?.unreadableFields).toEqual([]);
    // Out of the later tests' candidates (they would report it again).
    await database.db.organization.update({ where: { id: stale.id }, data: { status: "SUSPENDED" } });
  });

  it("suggests active organisations of the other kind with a complete questionnaire, with score, distance and reasons, and nothing internal", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const fit = await createProfiledOrganization(database.db, "NONPROFIT", { comune: "Vigevano" });
    const suspended = await createProfiledOrganization(database.db, "NONPROFIT", { status: "SUSPENDED" });
    const incomplete = await createProfiledOrganization(database.db, "NONPROFIT", { submitted: false });
    const otherCompany = await createProfiledOrganization(database.db, "COMPANY");

    const suggestions = await ready(company);
    const ids = suggestions.map((suggestion) => suggestion.id);
    expect(ids).toContain(fit.id);
    for (const hidden of [suspended.id, incomplete.id, otherCompany.id, company.organization.id]) expect(ids).not.toContain(hidden);

    const shown = suggestions.find((suggestion) => suggestion.id === fit.id);
    expect(shown).toMatchObject({ name: fit.name, kind: "NONPROFIT", comune: "Vigevano" });
    expect(shown?.score).toBeGreaterThan(0);
    expect(shown?.distanceKm).toBeGreaterThan(20);
    expect(shown?.reasons.some((reason) => reason.text.startsWith("L'azienda offre"))).toBe(true);
    expect(Object.keys(shown ?? {}).sort()).toEqual(["comune", "distanceKm", "id", "kind", "name", "reasons", "score", "scoreSum"]);

    // Every part carries its weight as text, and the parts compute the score shown.
    expect(shown?.reasons.every((reason) => /^(\+\d+|\u2212\d+%)$/.test(reason.weight))).toBe(true);
    expect(shown?.scoreSum.endsWith(`= ${shown.score}`)).toBe(true);
    const profile = await getPublicProfile(database.db, company, { organizationId: fit.id, locale: "it" });
    expect(profile.fit).toEqual({ score: shown?.score, reasons: shown?.reasons, scoreSum: shown?.scoreSum });

    const english = await listSuggestions(database.db, company, { locale: "en", index: new CandidateIndex() });
    const inEnglish = english.state === "ready" ? english.suggestions.find((suggestion) => suggestion.id === fit.id) : undefined;
    expect(inEnglish?.reasons.some((reason) => reason.text.startsWith("The company offers"))).toBe(true);
  });

  it("leaves out dismissed organisations, pending, accepted or declined interests and open partners, but brings back expired and withdrawn ones", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const dismissed = await createProfiledOrganization(database.db, "NONPROFIT");
    const asked = await createProfiledOrganization(database.db, "NONPROFIT");
    const askedUs = await createProfiledPartner(database.db, "NONPROFIT");
    const declined = await createProfiledOrganization(database.db, "NONPROFIT");
    const expired = await createProfiledOrganization(database.db, "NONPROFIT");
    const withdrawn = await createProfiledOrganization(database.db, "NONPROFIT");
    const partner = await createProfiledOrganization(database.db, "NONPROFIT");
    const former = await createProfiledOrganization(database.db, "NONPROFIT");

    await dismissSuggestion(database.db, company, { organizationId: dismissed.id });
    await dismissSuggestion(database.db, company, { organizationId: dismissed.id });
    await expressInterest(database.db, company, { organizationId: asked.id, message: INTEREST_MESSAGE });
    await expressInterest(database.db, askedUs, { organizationId: company.organization.id, message: INTEREST_MESSAGE });
    const base = { fromOrganizationId: company.organization.id, message: INTEREST_MESSAGE, expiresAt: new Date() };
    await database.db.interest.createMany({
      data: [
        { ...base, toOrganizationId: declined.id, status: "DECLINED" },
        { ...base, toOrganizationId: expired.id, status: "EXPIRED" },
        { ...base, toOrganizationId: withdrawn.id, status: "WITHDRAWN" },
      ],
    });
    await createPartnership(database.db, { companyId: company.organization.id, nonprofitId: partner.id });
    await createPartnership(database.db, { companyId: company.organization.id, nonprofitId: former.id }, "COMPLETED");

    const ids = (await ready(company)).map((suggestion) => suggestion.id);
    for (const hidden of [dismissed.id, asked.id, askedUs.organization.id, declined.id, partner.id]) expect(ids).not.toContain(hidden);
    for (const shown of [expired.id, withdrawn.id, former.id]) expect(ids).toContain(shown);
  });

  it("spreads exposure: of two equal candidates, the one already busy with open interests ranks lower", async () => {
    // A comune of its own, so these two are the best fits for the company below.
    const comune = "Broni";
    const busy = await createProfiledOrganization(database.db, "NONPROFIT", { comune, name: "Ente A occupato" });
    const free = await createProfiledOrganization(database.db, "NONPROFIT", { comune, name: "Ente B libero" });
    for (let i = 0; i < 3; i++) {
      const suitor = await createProfiledPartner(database.db, "COMPANY", { comune });
      await expressInterest(database.db, suitor, { organizationId: busy.id, message: INTEREST_MESSAGE });
    }
    const company = await createProfiledPartner(database.db, "COMPANY", { comune });
    const suggestions = await ready(company);
    const busyRank = suggestions.findIndex((suggestion) => suggestion.id === busy.id);
    const freeRank = suggestions.findIndex((suggestion) => suggestion.id === free.id);
    expect(freeRank).toBeGreaterThanOrEqual(0);
    expect(busyRank).toBeGreaterThan(freeRank);
    expect(suggestions[busyRank]?.score).toBeLessThan(suggestions[freeRank]?.score ?? 0);
  });

  it("shows at most 20 suggestions", async () => {
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
    for (let i = 0; i < 22; i++) await createProfiledOrganization(database.db, "COMPANY");
    expect(await ready(nonprofit)).toHaveLength(20);
  });

  it("shows another organisation's public profile without contacts, tax code or staff notes", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledOrganization(database.db, "NONPROFIT");
    const profile = await getPublicProfile(database.db, company, { organizationId: nonprofit.id, locale: "it" });
    expect(profile).toMatchObject({ id: nonprofit.id, name: nonprofit.name, kind: "NONPROFIT", comune: "Pavia" });
    expect(profile.details?.causes).toEqual(["educazione", "contrasto alla povertà educativa"]);
    expect(profile.details?.needs).toContain("competenze digitali");
    const serialized = JSON.stringify(profile);
    for (const secret of ["taxCode", "contact", "reviewNote", "Nota interna", "example.it", "runts", "12345", "membership"]) {
      expect(serialized).not.toContain(secret);
    }
  });

  it("answers 'not found' for unknown, inactive or same-kind organisations, and refuses to dismiss them", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const pending = await createProfiledOrganization(database.db, "NONPROFIT", { status: "PENDING" });
    const otherCompany = await createProfiledOrganization(database.db, "COMPANY");
    for (const organizationId of ["nessuno", pending.id, otherCompany.id, company.organization.id]) {
      await expect(getPublicProfile(database.db, company, { organizationId, locale: "it" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(dismissSuggestion(database.db, company, { organizationId })).rejects.toBeInstanceOf(NotFoundError);
    }
    const active = await createProfiledOrganization(database.db, "NONPROFIT");
    const notYetActive = await createProfiledPartner(database.db, "COMPANY", { status: "PENDING" });
    await expect(getPublicProfile(database.db, notYetActive, { organizationId: active.id, locale: "it" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("does not let a user act for an organisation it is not a member of", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const stranger = await createProfiledPartner(database.db, "COMPANY");
    const forged = { user: stranger.user, organization: company.organization };
    await expect(listSuggestions(database.db, forged, { locale: "it", index: new CandidateIndex() })).rejects.toBeInstanceOf(NotFoundError);
  });
});
