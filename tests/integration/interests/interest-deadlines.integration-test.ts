import { expressInterest } from "@/lib/interests/express-interest";
import { processInterestDeadlines } from "@/lib/interests/process-interest-deadlines";
import { proposeIntroduction } from "@/lib/interests/propose-introduction";
import { respondToInterest } from "@/lib/interests/respond-to-interest";
import { createUser } from "../../support/factories";
import { createProfiledPartner, INTEREST_MESSAGE } from "../../support/matching-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("interest deadlines: a reminder after 3 working days, expiry after 14 days", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const kindsOf = async (userId: string) =>
    (await database.db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true } })).map((n) => n.kind);

  async function pair() {
    return { company: await createProfiledPartner(database.db, "COMPANY"), nonprofit: await createProfiledPartner(database.db, "NONPROFIT") };
  }

  it("reminds the recipient once, three working days later: a Friday interest on the next Wednesday, not before", async () => {
    const { company, nonprofit } = await pair();
    const friday = new Date("2026-11-20T09:00:00Z");
    const { id } = await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE }, friday);

    await processInterestDeadlines(database.db, new Date("2026-11-24T09:00:00Z")); // Tuesday: 2 working days
    expect(await kindsOf(nonprofit.user.id)).toEqual(["interest.received"]);

    await processInterestDeadlines(database.db, new Date("2026-11-25T09:00:00Z")); // Wednesday
    await processInterestDeadlines(database.db, new Date("2026-11-26T09:00:00Z"));
    expect(await kindsOf(nonprofit.user.id)).toEqual(["interest.received", "interest.reminder"]);
    expect(await kindsOf(company.user.id)).toEqual([]);
    expect((await database.db.interest.findUniqueOrThrow({ where: { id } })).remindedAt?.toISOString()).toBe("2026-11-25T09:00:00.000Z");
    expect(await database.db.outboxEmail.count({ where: { to: nonprofit.user.email, subject: { startsWith: "Promemoria" } } })).toBe(1);
  });

  it("skips national holidays and Pavia's patron saint: a Friday 4 December interest is reminded on Friday 11 December", async () => {
    const { company, nonprofit } = await pair();
    await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE }, new Date("2026-12-04T09:00:00Z"));
    // Tuesday 8 is the Immacolata, Wednesday 9 San Siro: Thursday 10 is only the second working day.
    await processInterestDeadlines(database.db, new Date("2026-12-10T12:00:00Z"));
    expect(await kindsOf(nonprofit.user.id)).toEqual(["interest.received"]);
    await processInterestDeadlines(database.db, new Date("2026-12-11T09:00:00Z"));
    expect(await kindsOf(nonprofit.user.id)).toEqual(["interest.received", "interest.reminder"]);
  });

  it("skips 4 October, a national holiday again: a Friday 1 October 2027 interest is reminded on Thursday 7, not Wednesday 6", async () => {
    const { company, nonprofit } = await pair();
    const { id } = await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE }, new Date("2027-10-01T09:00:00Z"));
    await processInterestDeadlines(database.db, new Date("2027-10-06T12:00:00Z"));
    expect(await kindsOf(nonprofit.user.id)).toEqual(["interest.received"]);
    await processInterestDeadlines(database.db, new Date("2027-10-07T09:00:00Z"));
    expect(await kindsOf(nonprofit.user.id)).toEqual(["interest.received", "interest.reminder"]);
    expect((await database.db.interest.findUniqueOrThrow({ where: { id } })).remindedAt?.toISOString()).toBe("2027-10-07T09:00:00.000Z");
  });

  it("runs started at the same time on several servers send each reminder and each expiry once", async () => {
    const { company, nonprofit } = await pair();
    const start = new Date("2027-01-11T09:00:00Z"); // a Monday
    const { id } = await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE }, start);
    const thursday = new Date("2027-01-14T10:00:00Z");
    await Promise.all([processInterestDeadlines(database.db, thursday), processInterestDeadlines(database.db, thursday), processInterestDeadlines(database.db, thursday)]);
    expect((await kindsOf(nonprofit.user.id)).filter((kind) => kind === "interest.reminder")).toHaveLength(1);

    const later = new Date("2027-01-25T09:00:00Z");
    const reports = await Promise.all([processInterestDeadlines(database.db, later), processInterestDeadlines(database.db, later)]);
    expect(reports.reduce((sum, report) => sum + report.expired, 0)).toBe(1);
    expect((await database.db.interest.findUniqueOrThrow({ where: { id } })).status).toBe("EXPIRED");
    expect(await kindsOf(company.user.id)).toEqual(["interest.expired"]);
    expect(await database.db.outboxEmail.count({ where: { to: company.user.email } })).toBe(1);
  });

  it("expires after exactly 14 days and tells the proposer; an accepted interest never expires", async () => {
    const { company, nonprofit } = await pair();
    const other = await createProfiledPartner(database.db, "NONPROFIT");
    const start = new Date("2027-03-01T09:00:00Z");
    const waiting = await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE }, start);
    const answered = await expressInterest(database.db, company, { organizationId: other.organization.id, message: INTEREST_MESSAGE }, start);
    await respondToInterest(database.db, other, { interestId: answered.id, decision: "accept" }, new Date("2027-03-02T09:00:00Z"));

    await processInterestDeadlines(database.db, new Date("2027-03-15T08:59:00Z"));
    expect((await database.db.interest.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("PENDING");
    await processInterestDeadlines(database.db, new Date("2027-03-15T09:00:00Z"));
    expect((await database.db.interest.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("EXPIRED");
    expect((await database.db.interest.findUniqueOrThrow({ where: { id: answered.id } })).status).toBe("ACCEPTED");
    expect((await kindsOf(company.user.id)).filter((kind) => kind === "interest.expired")).toHaveLength(1);
  });

  it("reminds only the side of an introduction that has not answered, and tells the staff member when it expires", async () => {
    const staff = await createUser(database.db, { role: "STAFF" });
    const { company, nonprofit } = await pair();
    const start = new Date("2027-05-03T09:00:00Z"); // a Monday
    const { id } = await proposeIntroduction(database.db, staff, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id, message: INTEREST_MESSAGE }, start);
    await respondToInterest(database.db, company, { interestId: id, decision: "accept" }, new Date("2027-05-04T09:00:00Z"));
    await processInterestDeadlines(database.db, new Date("2027-05-06T09:00:00Z"));
    expect(await kindsOf(company.user.id)).toEqual(["introduction.proposed"]);
    expect(await kindsOf(nonprofit.user.id)).toEqual(["introduction.proposed", "interest.reminder"]);
    await processInterestDeadlines(database.db, new Date("2027-05-17T09:00:00Z"));
    expect(await kindsOf(staff.id)).toEqual(["introduction.expired"]);
  });
});
