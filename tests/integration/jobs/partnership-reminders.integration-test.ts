import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { processPartnershipReminders } from "@/lib/jobs/process-partnership-reminders";
import { createPartnerUser, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const NOW = new Date("2026-11-25T09:00:00.000Z"); // a Wednesday morning in Italy
const daysAgo = (days: number, from = NOW) => new Date(from.getTime() - days * 86_400_000);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("partnership reminders: overdue checklist items, 30 days without activity, unanswered check-ins", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());
  // Every test builds its own partnership on an otherwise empty programme.
  beforeEach(async () => {
    await database.db.partnership.deleteMany({});
    await database.db.notification.deleteMany({});
    await database.db.outboxEmail.deleteMany({});
  });

  async function setUp(phase: PartnershipPhase = "MANAGEMENT", extra: { lastActivityAt?: Date; withOwner?: boolean } = {}) {
    const db = database.db;
    const company = await createPartnerUser(db, "COMPANY");
    const nonprofit = await createPartnerUser(db, "NONPROFIT");
    await db.user.update({ where: { id: company.user.id }, data: { locale: "en" } });
    const owner = await createUser(db, { role: "STAFF" });
    const partnership = await db.partnership.create({
      data: {
        title: "Orti condivisi",
        commonGoal: "Un obiettivo",
        phase,
        companyId: company.organization.id,
        nonprofitId: nonprofit.organization.id,
        staffOwnerId: extra.withOwner === false ? null : owner.id,
        lastActivityAt: extra.lastActivityAt ?? daysAgo(1),
      },
      select: { id: true },
    });
    return { company, nonprofit, owner, partnership };
  }

  const notificationsOf = (userId: string) =>
    database.db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true, params: true, link: true } });
  const mailTo = (email: string) => database.db.outboxEmail.findMany({ where: { to: email }, select: { subject: true, text: true } });

  describe("overdue checklist items", () => {
    it("remind the assignee once, with the template's text and the due date in their language, by e-mail too", async () => {
      const { company, nonprofit, partnership } = await setUp();
      await database.db.checklistItem.create({
        data: { partnershipId: partnership.id, phase: "PLANNING", templateKey: "goal", assigneeId: company.user.id, dueDate: day("2026-11-20") },
      });

      expect(await processPartnershipReminders(database.db, NOW)).toEqual({ checklistOverdue: 1, inactive: 0, checkInUnanswered: 0 });
      expect(await notificationsOf(company.user.id)).toEqual([
        {
          kind: "reminder.checklistOverdue",
          params: { partnershipTitle: "Orti condivisi", itemText: "Agree on the common goal and the local need it answers", dueDate: "20 November 2026" },
          link: `/workspace/partnerships/${partnership.id}`,
        },
      ]);
      expect(await notificationsOf(nonprofit.user.id)).toEqual([]);
      const mails = await mailTo(company.user.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toBe("Overdue on “Orti condivisi”");
      expect(mails[0]?.text).toContain("The task “Agree on the common goal and the local need it answers” was due by 20 November 2026.");
      expect(mails[0]?.text).toContain(`/workspace/partnerships/${partnership.id}`);

      // A second run finds the item already reminded.
      expect(await processPartnershipReminders(database.db, daysAgo(-1))).toEqual({ checklistOverdue: 0, inactive: 0, checkInUnanswered: 0 });
      expect(await notificationsOf(company.user.id)).toHaveLength(1);
      expect(await mailTo(company.user.email)).toHaveLength(1);
    });

    it("remind every member of both organisations when nobody is assigned, each in their own language", async () => {
      const { company, nonprofit, owner, partnership } = await setUp();
      await database.db.checklistItem.create({ data: { partnershipId: partnership.id, phase: "MANAGEMENT", text: "Comprare i semi", dueDate: day("2026-11-24") } });
      await processPartnershipReminders(database.db, NOW);

      expect((await notificationsOf(company.user.id)).map((n) => n.params)).toEqual([{ partnershipTitle: "Orti condivisi", itemText: "Comprare i semi", dueDate: "24 November 2026" }]);
      expect((await notificationsOf(nonprofit.user.id)).map((n) => n.params)).toEqual([{ partnershipTitle: "Orti condivisi", itemText: "Comprare i semi", dueDate: "24 novembre 2026" }]);
      expect(await notificationsOf(owner.id)).toEqual([]);
      expect((await mailTo(nonprofit.user.email)).map((mail) => mail.subject)).toEqual(["Scadenza superata su «Orti condivisi»"]);
      expect((await mailTo(company.user.email)).map((mail) => mail.subject)).toEqual(["Overdue on “Orti condivisi”"]);
    });

    it("leave alone items done, not yet due (the due day is not over in Italy) or without a due date", async () => {
      const { company, nonprofit, partnership } = await setUp();
      const base = { partnershipId: partnership.id, phase: "MANAGEMENT" as const };
      await database.db.checklistItem.createMany({
        data: [
          { ...base, text: "Fatto", dueDate: day("2026-11-20"), doneAt: daysAgo(6) },
          { ...base, text: "Scade oggi", dueDate: day("2026-11-25") },
          { ...base, text: "Senza data" },
        ],
      });
      // 23:59 in Rome on the 25th: "today" is still the 25th.
      expect((await processPartnershipReminders(database.db, new Date("2026-11-25T22:59:00Z"))).checklistOverdue).toBe(0);
      expect(await notificationsOf(company.user.id)).toEqual([]);
      // 00:30 in Rome on the 26th (still the 25th in UTC): the 25th is over.
      expect((await processPartnershipReminders(database.db, new Date("2026-11-25T23:30:00Z"))).checklistOverdue).toBe(1);
      expect((await notificationsOf(nonprofit.user.id)).map((n) => (n.params as { itemText: string }).itemText)).toEqual(["Scade oggi"]);
    });

    it("link staff assignees to the staff page of the partnership", async () => {
      const { owner, partnership } = await setUp();
      await database.db.checklistItem.create({ data: { partnershipId: partnership.id, phase: "MANAGEMENT", templateKey: "kickoff", assigneeId: owner.id, dueDate: day("2026-11-01") } });
      await processPartnershipReminders(database.db, NOW);
      expect(await notificationsOf(owner.id)).toEqual([
        {
          kind: "reminder.checklistOverdue",
          params: { partnershipTitle: "Orti condivisi", itemText: "Fare l'incontro di avvio con le persone coinvolte", dueDate: "1 novembre 2026" },
          link: `/staff/partnerships/${partnership.id}`,
        },
      ]);
    });
  });

  describe("30 days without activity", () => {
    it("reminds both organisations and the staff owner once, and again only after new activity", async () => {
      const { company, nonprofit, owner, partnership } = await setUp("COMMUNICATION", { lastActivityAt: daysAgo(31) });
      expect(await processPartnershipReminders(database.db, NOW)).toEqual({ checklistOverdue: 0, inactive: 1, checkInUnanswered: 0 });
      for (const user of [company.user, nonprofit.user]) {
        expect(await notificationsOf(user.id)).toEqual([{ kind: "reminder.inactive", params: { partnershipTitle: "Orti condivisi" }, link: `/workspace/partnerships/${partnership.id}` }]);
      }
      expect(await notificationsOf(owner.id)).toEqual([{ kind: "reminder.inactive", params: { partnershipTitle: "Orti condivisi" }, link: `/staff/partnerships/${partnership.id}` }]);
      expect((await mailTo(company.user.email)).map((mail) => mail.subject)).toEqual(["“Orti condivisi” has been idle for 30 days"]);
      expect((await mailTo(nonprofit.user.email)).map((mail) => mail.subject)).toEqual(["«Orti condivisi» è ferma da 30 giorni"]);

      expect((await processPartnershipReminders(database.db, daysAgo(-10))).inactive).toBe(0);
      expect(await notificationsOf(owner.id)).toHaveLength(1);

      // New activity clears the flag (touchPartnership); 30 quiet days later it is reminded again.
      await database.db.partnership.update({ where: { id: partnership.id }, data: { lastActivityAt: daysAgo(-1), inactivityRemindedAt: null } });
      expect((await processPartnershipReminders(database.db, daysAgo(-20))).inactive).toBe(0);
      expect((await processPartnershipReminders(database.db, daysAgo(-32))).inactive).toBe(1);
      expect(await notificationsOf(owner.id)).toHaveLength(2);
    });

    it("waits the full 30 days, and tells all staff when the partnership has no owner", async () => {
      const { company } = await setUp("PLANNING", { lastActivityAt: daysAgo(29), withOwner: false });
      const colleague = await createUser(database.db, { role: "STAFF" });
      expect((await processPartnershipReminders(database.db, NOW)).inactive).toBe(0);
      expect(await notificationsOf(company.user.id)).toEqual([]);
      expect((await processPartnershipReminders(database.db, daysAgo(-2))).inactive).toBe(1);
      expect((await notificationsOf(colleague.id)).map((n) => n.kind)).toEqual(["reminder.inactive"]);
    });
  });

  describe("unanswered check-ins", () => {
    it("remind the side that owes the answer after 7 days, once; answered or recent ones are left alone", async () => {
      const { company, nonprofit, partnership } = await setUp("AGREEMENT");
      const base = { partnershipId: partnership.id, phase: "AGREEMENT" as const };
      await database.db.checkIn.createMany({
        data: [
          { ...base, side: "NONPROFIT", requestedAt: daysAgo(8) },
          { ...base, side: "COMPANY", requestedAt: daysAgo(8), answeredAt: daysAgo(7), rating: 4 },
          { ...base, side: "COMPANY", requestedAt: daysAgo(6) },
        ],
      });
      expect(await processPartnershipReminders(database.db, NOW)).toEqual({ checklistOverdue: 0, inactive: 0, checkInUnanswered: 1 });
      expect(await notificationsOf(nonprofit.user.id)).toEqual([
        { kind: "reminder.checkInUnanswered", params: { partnershipTitle: "Orti condivisi" }, link: `/workspace/partnerships/${partnership.id}` },
      ]);
      expect(await notificationsOf(company.user.id)).toEqual([]);
      expect((await mailTo(nonprofit.user.email)).map((mail) => mail.subject)).toEqual(["Come va «Orti condivisi»?"]);

      expect((await processPartnershipReminders(database.db, daysAgo(-0.5))).checkInUnanswered).toBe(0);
      // The company's recent one comes due a day and a half later.
      expect((await processPartnershipReminders(database.db, daysAgo(-1.5))).checkInUnanswered).toBe(1);
      expect((await notificationsOf(company.user.id)).map((n) => n.kind)).toEqual(["reminder.checkInUnanswered"]);
      expect(await notificationsOf(nonprofit.user.id)).toHaveLength(1);
    });
  });

  it("sends nothing for completed or discontinued partnerships", async () => {
    for (const phase of ["COMPLETED", "DISCONTINUED"] as const) {
      const { company, nonprofit, owner, partnership } = await setUp(phase, { lastActivityAt: daysAgo(90) });
      await database.db.checklistItem.create({ data: { partnershipId: partnership.id, phase: "MONITORING", templateKey: "report", assigneeId: company.user.id, dueDate: day("2026-10-01") } });
      await database.db.checkIn.create({ data: { partnershipId: partnership.id, phase: "MONITORING", side: "NONPROFIT", requestedAt: daysAgo(30) } });
      expect(await processPartnershipReminders(database.db, NOW)).toEqual({ checklistOverdue: 0, inactive: 0, checkInUnanswered: 0 });
      for (const id of [company.user.id, nonprofit.user.id, owner.id]) expect(await notificationsOf(id)).toEqual([]);
    }
    expect(await database.db.outboxEmail.count()).toBe(0);
  });

  it("two runs at the same time (two app servers) send each reminder exactly once", async () => {
    const { company, nonprofit, owner, partnership } = await setUp("MONITORING", { lastActivityAt: daysAgo(45) });
    await database.db.checklistItem.createMany({
      data: [
        { partnershipId: partnership.id, phase: "MONITORING", templateKey: "measurements", assigneeId: nonprofit.user.id, dueDate: day("2026-11-10") },
        { partnershipId: partnership.id, phase: "MONITORING", text: "Foto per il rapporto", dueDate: day("2026-11-12") },
      ],
    });
    await database.db.checkIn.create({ data: { partnershipId: partnership.id, phase: "MONITORING", side: "COMPANY", requestedAt: daysAgo(10) } });

    const reports = await Promise.all([processPartnershipReminders(database.db, NOW), processPartnershipReminders(database.db, NOW)]);
    const sum = (key: "checklistOverdue" | "inactive" | "checkInUnanswered") => reports.reduce((total, report) => total + report[key], 0);
    expect({ checklistOverdue: sum("checklistOverdue"), inactive: sum("inactive"), checkInUnanswered: sum("checkInUnanswered") }).toEqual({
      checklistOverdue: 2,
      inactive: 1,
      checkInUnanswered: 1,
    });
    const kinds = async (userId: string) => (await notificationsOf(userId)).map((n) => n.kind).sort();
    expect(await kinds(company.user.id)).toEqual(["reminder.checkInUnanswered", "reminder.checklistOverdue", "reminder.inactive"]);
    expect(await kinds(nonprofit.user.id)).toEqual(["reminder.checklistOverdue", "reminder.checklistOverdue", "reminder.inactive"]);
    expect(await kinds(owner.id)).toEqual(["reminder.inactive"]);
    expect(await database.db.outboxEmail.count({ where: { to: company.user.email } })).toBe(3);
    expect(await database.db.outboxEmail.count({ where: { to: nonprofit.user.email } })).toBe(3);
  });

  // Each kind alone too: then both runs read the same rows before either claims one.
  it.each([
    ["an overdue checklist item", "checklistOverdue"],
    ["a partnership without activity", "inactive"],
    ["an unanswered check-in", "checkInUnanswered"],
  ] as const)("two simultaneous runs remind %s once", async (_label, kind) => {
    const { nonprofit, partnership } = await setUp("NEGOTIATION", { lastActivityAt: kind === "inactive" ? daysAgo(40) : daysAgo(1) });
    if (kind === "checklistOverdue") {
      await database.db.checklistItem.create({ data: { partnershipId: partnership.id, phase: "NEGOTIATION", templateKey: "roles", dueDate: day("2026-11-02") } });
    }
    if (kind === "checkInUnanswered") {
      await database.db.checkIn.create({ data: { partnershipId: partnership.id, phase: "NEGOTIATION", side: "NONPROFIT", requestedAt: daysAgo(9) } });
    }
    const reports = await Promise.all([processPartnershipReminders(database.db, NOW), processPartnershipReminders(database.db, NOW)]);
    expect(reports.reduce((total, report) => total + report[kind], 0)).toBe(1);
    expect((await notificationsOf(nonprofit.user.id)).map((n) => n.kind)).toEqual([`reminder.${kind}`]);
    expect(await database.db.outboxEmail.count({ where: { to: nonprofit.user.email } })).toBe(1);
  });
});
