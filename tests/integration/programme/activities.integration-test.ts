import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { deleteActivity } from "@/lib/partnerships/programme/delete-activity";
import { getProgramme } from "@/lib/partnerships/programme/get-programme";
import { saveActivity } from "@/lib/partnerships/programme/save-activity";
import { setActivityDone } from "@/lib/partnerships/programme/set-activity-done";
import { createPartnerUser } from "../../support/factories";
import { createPartnershipCast, dayFromToday } from "../../support/programme-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("activities and milestones of a partnership", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("lets both partners and staff add, edit, tick and delete, listed by due date with overdue in words", async () => {
    const { partnership, company, viewers } = await createPartnershipCast(database.db);
    const partnershipId = partnership.id;
    const milestone = await saveActivity(database.db, viewers.nonprofit, { partnershipId, kind: "MILESTONE", title: "Prima giornata al fiume", dueOn: dayFromToday(20), ownerSide: "NONPROFIT" });
    const late = await saveActivity(database.db, viewers.company, {
      partnershipId,
      kind: "ACTIVITY",
      title: "Comprare i guanti",
      description: "Cento paia",
      startsOn: dayFromToday(-10),
      dueOn: dayFromToday(-3),
      ownerId: company.user.id,
    });
    await saveActivity(database.db, viewers.staff, { partnershipId, kind: "ACTIVITY", title: "Comunicato", dueOn: dayFromToday(5) });

    let programme = await getProgramme(database.db, viewers.company, { partnershipId });
    expect(programme.activities.map((activity) => activity.title)).toEqual(["Comprare i guanti", "Comunicato", "Prima giornata al fiume"]);
    expect(programme.activities[0]).toMatchObject({ owner: { id: company.user.id, name: company.user.name }, description: "Cento paia", status: { state: "overdue", days: 3 } });
    expect(programme.activities[2]).toMatchObject({ kind: "MILESTONE", ownerSide: "NONPROFIT", owner: null, status: { state: "upcoming", days: 20 } });

    await setActivityDone(database.db, viewers.nonprofit, { partnershipId, activityId: late.id, done: true });
    await saveActivity(database.db, viewers.staff, { partnershipId, activityId: milestone.id, kind: "MILESTONE", title: "Prima giornata al Ticino", dueOn: dayFromToday(0) });
    programme = await getProgramme(database.db, viewers.staff, { partnershipId });
    expect(programme.activities.map((activity) => [activity.title, activity.status.state])).toEqual([
      ["Comprare i guanti", "done"],
      ["Prima giornata al Ticino", "dueToday"],
      ["Comunicato", "upcoming"],
    ]);

    await setActivityDone(database.db, viewers.company, { partnershipId, activityId: late.id, done: "false" });
    await deleteActivity(database.db, viewers.company, { partnershipId, activityId: milestone.id });
    programme = await getProgramme(database.db, viewers.nonprofit, { partnershipId });
    expect(programme.activities.map((activity) => [activity.title, activity.done])).toEqual([
      ["Comprare i guanti", false],
      ["Comunicato", false],
    ]);
  });

  it("marks the partnership active on every change", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db);
    await database.db.partnership.update({ where: { id: partnership.id }, data: { lastActivityAt: new Date("2020-01-01"), inactivityRemindedAt: new Date("2020-02-01") } });
    await saveActivity(database.db, viewers.company, { partnershipId: partnership.id, kind: "ACTIVITY", title: "Sopralluogo", dueOn: dayFromToday(3) });
    const row = await database.db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { lastActivityAt: true, inactivityRemindedAt: true } });
    expect(row.lastActivityAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(row.inactivityRemindedAt).toBeNull();
  });

  it("accepts as owner only a person of the partnership: a member of either side or staff", async () => {
    const { partnership, nonprofit, viewers } = await createPartnershipCast(database.db);
    const outsider = await createPartnerUser(database.db, "COMPANY");
    const input = { partnershipId: partnership.id, kind: "ACTIVITY" as const, title: "Volantini", dueOn: dayFromToday(4) };
    await expect(saveActivity(database.db, viewers.company, { ...input, ownerId: outsider.user.id })).rejects.toEqual(new ValidationError("ownerNotInPartnership", "ownerId"));
    await expect(saveActivity(database.db, viewers.company, { ...input, ownerId: nonprofit.user.id })).resolves.toHaveProperty("id");
    await expect(saveActivity(database.db, viewers.company, { ...input, ownerId: viewers.staff.userId })).resolves.toHaveProperty("id");
    const people = (await getProgramme(database.db, viewers.company, { partnershipId: partnership.id })).people;
    expect(people.find((person) => person.id === nonprofit.user.id)?.side).toBe("NONPROFIT");
    expect(people.find((person) => person.id === viewers.staff.userId)?.side).toBeNull();
    expect(people.some((person) => person.id === outsider.user.id)).toBe(false);
  });

  it("answers a partner of another organisation as if nothing existed", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db);
    const partnershipId = partnership.id;
    const activity = await saveActivity(database.db, viewers.company, { partnershipId, kind: "ACTIVITY", title: "Riunione", dueOn: dayFromToday(2) });
    await expect(getProgramme(database.db, viewers.stranger, { partnershipId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveActivity(database.db, viewers.stranger, { partnershipId, kind: "ACTIVITY", title: "Intrusione", dueOn: dayFromToday(2) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveActivity(database.db, viewers.stranger, { partnershipId, activityId: activity.id, kind: "ACTIVITY", title: "Intrusione", dueOn: dayFromToday(2) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setActivityDone(database.db, viewers.stranger, { partnershipId, activityId: activity.id, done: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteActivity(database.db, viewers.stranger, { partnershipId, activityId: activity.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("does not reach an activity of another partnership through its own", async () => {
    const ours = await createPartnershipCast(database.db);
    const theirs = await createPartnershipCast(database.db);
    const foreign = await saveActivity(database.db, theirs.viewers.company, { partnershipId: theirs.partnership.id, kind: "ACTIVITY", title: "Loro", dueOn: dayFromToday(2) });
    const viaOurs = { partnershipId: ours.partnership.id, activityId: foreign.id };
    await expect(setActivityDone(database.db, ours.viewers.company, { ...viaOurs, done: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteActivity(database.db, ours.viewers.company, viaOurs)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveActivity(database.db, ours.viewers.company, { ...viaOurs, kind: "ACTIVITY", title: "Presa", dueOn: dayFromToday(2) })).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.activity.findUniqueOrThrow({ where: { id: foreign.id }, select: { title: true, doneAt: true } })).toEqual({ title: "Loro", doneAt: null });
  });

  it("refuses changes to a closed partnership but still shows it", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "COMPLETED");
    const input = { partnershipId: partnership.id, kind: "ACTIVITY" as const, title: "Dopo la fine", dueOn: dayFromToday(2) };
    await expect(saveActivity(database.db, viewers.company, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveActivity(database.db, viewers.staff, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getProgramme(database.db, viewers.company, { partnershipId: partnership.id })).resolves.toMatchObject({ canEdit: false, activities: [] });
  });
});
