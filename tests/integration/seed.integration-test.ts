import { verifyPassword } from "@/lib/auth/password";
import { PartnershipPhase } from "@/lib/generated/prisma/client";
import { COMUNI_TABLE } from "@/lib/geo/comuni-table";
import { prepareProfile, rankCandidates } from "@/lib/match";
import { toMatchProfile } from "@/lib/profiles/to-match-profile";
import { isValidOrganizationTaxCode, isValidPartitaIva } from "@/lib/tax-codes";
import {
  DEMO_ACCOUNTS,
  DEMO_ACCOUNT_ORGANIZATIONS,
  DEMO_COMPANIES,
  DEMO_DRAFT_ORGANIZATION,
  DEMO_NONPROFITS,
  DEMO_PARTNER_PASSWORD,
  DEMO_PARTNER_USERS,
  DEMO_PARTNERSHIP_TITLE,
  DEMO_PARTNERSHIPS,
  seedDemoData,
} from "@/prisma/seed/seed-demo-data";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const NOW = new Date("2026-03-02T09:00:00.000Z");
const DAY_MS = 24 * 60 * 60 * 1000;
const OPEN_PHASES = ["PLANNING", "NEGOTIATION", "AGREEMENT", "MANAGEMENT", "COMMUNICATION", "MONITORING"] as const;
const PAVIA_COMUNI = new Set(COMUNI_TABLE.filter((row) => row[2] === "PV").map((row) => row[1]));

// The tests run in order on one database: first a seed that fails, then the real one.
describe("seedDemoData", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("leaves nothing behind when a write fails", async () => {
    const { db } = database;
    const clash = DEMO_NONPROFITS[3];
    if (!clash) throw new Error("demo data too short");
    // No users, so the seed runs, and its organisations then hit the unique tax code.
    await db.organization.create({ data: { kind: "NONPROFIT", name: "Intruso", taxCode: clash.taxCode, comune: "Pavia" } });
    await expect(seedDemoData(db, { now: NOW })).rejects.toMatchObject({ code: "P2002" }); // unique constraint
    expect(await db.user.count()).toBe(0);
    expect(await db.organization.count()).toBe(1);
    expect(await db.partnership.count()).toBe(0);
    await db.organization.deleteMany();
  });

  it("seeds an empty database", async () => {
    await expect(seedDemoData(database.db, { now: NOW })).resolves.toEqual({ created: true });
  });

  it("creates at least 32 companies and 32 nonprofits, mostly active, a few pending, one suspended", async () => {
    const organizations = await database.db.organization.findMany();
    const companies = organizations.filter((org) => org.kind === "COMPANY");
    const nonprofits = organizations.filter((org) => org.kind === "NONPROFIT");
    expect(companies).toHaveLength(DEMO_COMPANIES.length);
    expect(nonprofits).toHaveLength(DEMO_NONPROFITS.length);
    expect(companies.length).toBeGreaterThanOrEqual(32);
    expect(nonprofits.length).toBeGreaterThanOrEqual(32);
    const byStatus = (status: string) => organizations.filter((org) => org.status === status).length;
    expect(byStatus("SUSPENDED")).toBe(1);
    expect(byStatus("PENDING")).toBeGreaterThanOrEqual(2);
    expect(byStatus("ACTIVE")).toBeGreaterThan(organizations.length * 0.8);
    expect(new Set(organizations.map((org) => org.name)).size).toBe(organizations.length);
  });

  it("places every organisation in a real comune of the province of Pavia", async () => {
    const organizations = await database.db.organization.findMany({ select: { comune: true } });
    for (const { comune } of organizations) expect(PAVIA_COMUNI).toContain(comune);
    expect(new Set(organizations.map((org) => org.comune)).size).toBeGreaterThanOrEqual(30);
  });

  it("gives every organisation a valid, unique tax code", async () => {
    const organizations = await database.db.organization.findMany({ select: { kind: true, taxCode: true } });
    for (const { kind, taxCode } of organizations) {
      expect(kind === "COMPANY" ? isValidPartitaIva(taxCode ?? "") : isValidOrganizationTaxCode(taxCode ?? "")).toBe(true);
    }
    expect(new Set(organizations.map((org) => org.taxCode)).size).toBe(organizations.length);
  });

  it("creates each demo account with its role and password", async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const user = await database.db.user.findUnique({ where: { email: account.email } });
      expect(user).toMatchObject({ name: account.name, role: account.role, disabled: false });
      expect(user && (await verifyPassword(user.passwordHash, account.password))).toBe(true);
      expect(user && (await verifyPassword(user.passwordHash, "wrong-password"))).toBe(false);
    }
  });

  it("makes the demo partner accounts owners of an active company and an active nonprofit", async () => {
    const ownerships = await database.db.membership.findMany({
      where: { user: { email: { in: [DEMO_ACCOUNTS.company.email, DEMO_ACCOUNTS.nonprofit.email] } } },
      select: { role: true, user: { select: { email: true } }, organization: { select: { kind: true, status: true, name: true } } },
    });
    const company = DEMO_COMPANIES.find((org) => org.key === DEMO_ACCOUNT_ORGANIZATIONS.company);
    const nonprofit = DEMO_NONPROFITS.find((org) => org.key === DEMO_ACCOUNT_ORGANIZATIONS.nonprofit);
    expect(ownerships).toHaveLength(2);
    expect(ownerships).toEqual(
      expect.arrayContaining([
        { role: "OWNER", user: { email: DEMO_ACCOUNTS.company.email }, organization: { kind: "COMPANY", status: "ACTIVE", name: company?.name } },
        { role: "OWNER", user: { email: DEMO_ACCOUNTS.nonprofit.email }, organization: { kind: "NONPROFIT", status: "ACTIVE", name: nonprofit?.name } },
      ]),
    );
  });

  it("adds partner users with the shared demo password and a second staff user", async () => {
    const users = await database.db.user.findMany({ include: { memberships: true } });
    for (const user of users) expect(user.email).toBe(user.email.trim().toLowerCase());
    expect(users.filter((user) => user.role === "STAFF").length).toBeGreaterThanOrEqual(2);
    for (const partner of DEMO_PARTNER_USERS) {
      const user = users.find((candidate) => candidate.email === partner.email);
      expect(user?.role).toBe("PARTNER");
      expect(user?.memberships).toHaveLength(1);
      expect(user && (await verifyPassword(user.passwordHash, DEMO_PARTNER_PASSWORD))).toBe(true);
    }
    const partners = users.filter((user) => user.role === "PARTNER");
    for (const partner of partners) expect(partner.memberships.length).toBeGreaterThan(0);
  });

  it("leaves a few proposals waiting, between active organisations, one of them a CSV introduction", async () => {
    const waiting = await database.db.interest.findMany({
      where: { status: "PENDING" },
      select: { expiresAt: true, introducedById: true, fromAcceptedAt: true, from: { select: { status: true } }, to: { select: { status: true } } },
    });
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    expect(waiting.filter((interest) => interest.introducedById !== null)).toHaveLength(1);
    for (const interest of waiting) {
      expect([interest.from.status, interest.to.status]).toEqual(["ACTIVE", "ACTIVE"]);
      expect(interest.expiresAt.getTime()).toBeGreaterThan(NOW.getTime());
    }
  });

  it("records each partnership's past board moves, in order, ending with the entry into its current phase", async () => {
    const partnerships = await database.db.partnership.findMany({ select: { id: true, phase: true, phaseEnteredAt: true } });
    const moves = await database.db.auditLog.findMany({
      where: { action: "partnership.move" },
      orderBy: { createdAt: "asc" },
      select: { targetId: true, after: true, createdAt: true },
    });
    const expectedCount = { PLANNING: 0, NEGOTIATION: 1, AGREEMENT: 2, MANAGEMENT: 3, COMMUNICATION: 4, MONITORING: 5, COMPLETED: 6, DISCONTINUED: 1 } as const;
    for (const partnership of partnerships) {
      const own = moves.filter((move) => move.targetId === partnership.id);
      expect(own).toHaveLength(expectedCount[partnership.phase]);
      const last = own.at(-1);
      if (last) {
        expect(last.after).toMatchObject({ phase: partnership.phase });
        expect(last.createdAt).toEqual(partnership.phaseEnteredAt);
      }
    }
  });

  it("creates about 40 partnerships, several in each open phase and some in every phase", async () => {
    const partnerships = await database.db.partnership.findMany();
    expect(partnerships).toHaveLength(DEMO_PARTNERSHIPS.length);
    expect(partnerships.length).toBeGreaterThanOrEqual(38);
    for (const phase of Object.values(PartnershipPhase)) {
      expect(partnerships.filter((p) => p.phase === phase).length).toBeGreaterThanOrEqual(1);
    }
    for (const phase of OPEN_PHASES) {
      expect(partnerships.filter((p) => p.phase === phase).length).toBeGreaterThanOrEqual(3);
    }
  });

  it("links only active companies with active nonprofits, each pair once", async () => {
    const partnerships = await database.db.partnership.findMany({
      select: { companyId: true, nonprofitId: true, company: { select: { kind: true, status: true } }, nonprofit: { select: { kind: true, status: true } } },
    });
    for (const { company, nonprofit } of partnerships) {
      expect(company).toEqual({ kind: "COMPANY", status: "ACTIVE" });
      expect(nonprofit).toEqual({ kind: "NONPROFIT", status: "ACTIVE" });
    }
    expect(new Set(partnerships.map((p) => `${p.companyId}/${p.nonprofitId}`)).size).toBe(partnerships.length);
  });

  it("numbers each board column 1000, 2000, 3000...", async () => {
    for (const phase of Object.values(PartnershipPhase)) {
      const column = await database.db.partnership.findMany({ where: { phase }, orderBy: { position: "asc" } });
      expect(column.map((p) => p.position)).toEqual(column.map((_, index) => (index + 1) * 1000));
    }
  });

  it("gives titles, goals, staff owners and consistent past dates", async () => {
    const partnerships = await database.db.partnership.findMany({ include: { staffOwner: { select: { role: true } } } });
    expect(new Set(partnerships.map((p) => p.title)).size).toBe(partnerships.length);
    for (const p of partnerships) {
      expect(p.title.length).toBeGreaterThan(5);
      expect(p.commonGoal.length).toBeGreaterThan(30);
      expect(p.version).toBe(0);
      if (p.staffOwner) expect(p.staffOwner.role).toBe("STAFF");
      expect(p.startedAt.getTime()).toBeLessThanOrEqual(p.phaseEnteredAt.getTime());
      expect(p.phaseEnteredAt.getTime()).toBeLessThan(NOW.getTime());
      const ended = p.phase === "COMPLETED" || p.phase === "DISCONTINUED";
      expect(p.endedAt).toEqual(ended ? p.phaseEnteredAt : null);
      if (p.phase === "DISCONTINUED") expect(p.discontinuedReason?.length).toBeGreaterThan(10);
      else expect(p.discontinuedReason).toBeNull();
    }
    expect(partnerships.some((p) => p.staffOwnerId === null)).toBe(true);
    expect(new Set(partnerships.map((p) => p.staffOwnerId).filter(Boolean)).size).toBeGreaterThanOrEqual(2);
  });

  it("puts the demo partnership in PLANNING between the demo accounts' organisations, dated from the reference date", async () => {
    const matches = await database.db.partnership.findMany({
      where: { title: DEMO_PARTNERSHIP_TITLE },
      select: {
        phase: true,
        position: true,
        startedAt: true,
        company: { select: { memberships: { select: { user: { select: { email: true } } } } } },
        nonprofit: { select: { memberships: { select: { user: { select: { email: true } } } } } },
      },
    });
    expect(matches).toHaveLength(1);
    const [demo] = matches;
    expect(demo?.phase).toBe("PLANNING");
    expect(demo?.company.memberships.map((m) => m.user.email)).toContain(DEMO_ACCOUNTS.company.email);
    expect(demo?.nonprofit.memberships.map((m) => m.user.email)).toContain(DEMO_ACCOUNTS.nonprofit.email);
    const planned = DEMO_PARTNERSHIPS.find((p) => p.title === DEMO_PARTNERSHIP_TITLE);
    expect(demo?.startedAt).toEqual(new Date(NOW.getTime() - (planned?.startedDaysAgo ?? NaN) * DAY_MS));
  });

  it("gives every organisation contact details and every active one a complete, submitted profile", async () => {
    const organizations = await database.db.organization.findMany({ include: { profile: true } });
    for (const organization of organizations) {
      expect(organization.contactName).toMatch(/^\S+ \S+$/);
      expect(organization.contactEmail).toMatch(/^[a-z.]+@[a-z]+\.example\.it$/);
      expect(organization.contactPhone).toMatch(/^0382 \d{3} \d{3}$/);
      expect(organization.profile).not.toBeNull();
      if (organization.status !== "ACTIVE") continue;
      expect(organization.profile?.submittedAt).toBeInstanceOf(Date);
      expect(toMatchProfile({ ...organization, profileData: organization.profile?.data })).not.toBeNull();
    }
    expect(new Set(organizations.map((org) => org.contactEmail)).size).toBe(organizations.length);
  });

  it("leaves one pending nonprofit half-way through its questionnaire, and the others pending submitted", async () => {
    const pending = await database.db.organization.findMany({ where: { status: "PENDING" }, include: { profile: true } });
    expect(pending.length).toBeGreaterThanOrEqual(3);
    const draftName = DEMO_NONPROFITS.find((org) => org.key === DEMO_DRAFT_ORGANIZATION)?.name;
    for (const organization of pending) {
      const profileData = organization.profile?.data;
      if (organization.name === draftName) {
        expect(organization.profile).toMatchObject({ step: 2, submittedAt: null });
        expect(toMatchProfile({ ...organization, profileData })).toBeNull();
      } else {
        expect(organization.profile?.submittedAt).toBeInstanceOf(Date);
        expect(toMatchProfile({ ...organization, profileData })).not.toBeNull();
      }
    }
  });

  it("makes the demo accounts' organisations suggest each other among the first three", async () => {
    const organizations = await database.db.organization.findMany({ where: { status: "ACTIVE" }, include: { profile: true } });
    const prepared = organizations.flatMap((org) => {
      const profile = toMatchProfile({ ...org, profileData: org.profile?.data });
      return profile ? [{ name: org.name, prepared: prepareProfile(profile) }] : [];
    });
    const company = DEMO_COMPANIES.find((org) => org.key === DEMO_ACCOUNT_ORGANIZATIONS.company)?.name;
    const nonprofit = DEMO_NONPROFITS.find((org) => org.key === DEMO_ACCOUNT_ORGANIZATIONS.nonprofit)?.name;
    const rankFor = (name: string | undefined) => {
      const subject = prepared.find((entry) => entry.name === name);
      if (!subject) throw new Error(`no profile for ${name}`);
      const others = prepared.filter((entry) => entry.prepared.kind !== subject.prepared.kind).map((entry) => entry.prepared);
      const ranked = rankCandidates(subject.prepared, others, { top: 3 });
      return ranked.map((match) => prepared.find((entry) => entry.prepared.id === match.id)?.name);
    };
    expect(rankFor(company)).toContain(nonprofit);
    expect(rankFor(nonprofit)).toContain(company);
  });

  it("does nothing the second time", async () => {
    const { db } = database;
    const before = [await db.user.count(), await db.organization.count(), await db.membership.count(), await db.partnership.count()];
    await expect(seedDemoData(db)).resolves.toEqual({ created: false });
    const after = [await db.user.count(), await db.organization.count(), await db.membership.count(), await db.partnership.count()];
    expect(after).toEqual(before);
  });
});
