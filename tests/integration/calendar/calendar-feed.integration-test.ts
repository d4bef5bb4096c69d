import ical, { type VEvent } from "node-ical";
import { renewCalendarToken } from "@/lib/calendar/calendar-address";
import { createCollabScene } from "../../support/collab-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// The calendar address as a calendar app fetches it: a plain GET with no session, through
// the real route, read back with an iCalendar parser (node-ical).

const SITE = "http://localhost:3000";

describe("the calendar feed (.ics)", () => {
  let database: TestDatabase;
  let GET: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    database = await createTestDatabase();
    delete process.env.NEXTAUTH_URL;
    process.env.PORT = "3000";
    ({ GET } = await import("@/app/calendar.ics/route"));
  });
  afterAll(() => database.cleanup());

  const fetchFeed = (query: Record<string, string>) => GET(new Request(`${SITE}/calendar.ics?${new URLSearchParams(query).toString()}`));
  const eventsOf = async (response: Response) =>
    Object.values(ical.sync.parseICS(await response.text()))
      .filter((entry): entry is VEvent => entry?.type === "VEVENT")
      .sort((a, b) => String(a.uid).localeCompare(String(b.uid)));

  // node-ical reads a DATE as midnight of the machine's time zone: compare the day it names.
  const localDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

  async function sceneWithDates() {
    const scene = await createCollabScene(database.db, "MANAGEMENT");
    const id = scene.partnership.id;
    const item = await database.db.checklistItem.create({ data: { partnershipId: id, phase: "MANAGEMENT", text: "Consegnare il rendiconto", dueDate: new Date("2027-03-15T00:00:00Z") } });
    await database.db.checklistItem.create({ data: { partnershipId: id, phase: "MANAGEMENT", text: "Già fatto", dueDate: new Date("2027-03-10T00:00:00Z"), doneAt: new Date() } });
    const activity = await database.db.activity.create({ data: { partnershipId: id, title: "Laboratorio di cucina", startsOn: new Date("2027-04-01T00:00:00Z"), dueOn: new Date("2027-04-03T00:00:00Z") } });
    const milestone = await database.db.activity.create({ data: { partnershipId: id, kind: "MILESTONE", title: "Cento pasti serviti", dueOn: new Date("2027-05-31T00:00:00Z") } });
    // 22:30 UTC on 30 June is 00:30 on 1 July in Rome: the check-in belongs to 1 July.
    const checkIn = await database.db.checkIn.create({ data: { partnershipId: id, phase: "MANAGEMENT", side: "COMPANY", requestedAt: new Date("2027-06-30T22:30:00Z") } });
    await database.db.checkIn.create({ data: { partnershipId: id, phase: "MANAGEMENT", side: "NONPROFIT", requestedAt: new Date("2027-06-30T22:30:00Z") } });
    return { scene, item, activity, milestone, checkIn };
  }

  it("holds a partner's due items, activities, milestones and own open check-ins, as whole days with stable UIDs and links back", async () => {
    const { scene, item, activity, milestone, checkIn } = await sceneWithDates();
    const token = await renewCalendarToken(database.db, scene.company.user.id);
    const response = await fetchFeed({ token });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = await eventsOf(response);
    const link = `${SITE}/workspace/partnerships/${scene.partnership.id}`;
    const summary = (event: VEvent) => ({
      uid: event.uid,
      start: localDay(event.start),
      end: localDay(event.end!),
      dateOnly: event.datetype,
      title: String(event.summary),
      url: event.url,
    });
    expect(events.map(summary)).toEqual(
      [
        { uid: `activity-${activity.id}@insieme.csvpavia.it`, start: "2027-04-01", end: "2027-04-04", dateOnly: "date", title: `Laboratorio di cucina (${scene.partnership.title})`, url: link },
        { uid: `activity-${milestone.id}@insieme.csvpavia.it`, start: "2027-05-31", end: "2027-06-01", dateOnly: "date", title: `Traguardo: Cento pasti serviti (${scene.partnership.title})`, url: link },
        { uid: `check-in-${checkIn.id}@insieme.csvpavia.it`, start: "2027-07-01", end: "2027-07-02", dateOnly: "date", title: `Come sta andando? (${scene.partnership.title})`, url: link },
        { uid: `checklist-${item.id}@insieme.csvpavia.it`, start: "2027-03-15", end: "2027-03-16", dateOnly: "date", title: `Scadenza: Consegnare il rendiconto (${scene.partnership.title})`, url: link },
      ].sort((a, b) => a.uid.localeCompare(b.uid)),
    );
    // The same feed fetched again names the same events.
    expect((await eventsOf(await fetchFeed({ token }))).map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  });

  it("answers 404 to a wrong, malformed or renewed token, and to a disabled person", async () => {
    const { scene } = await sceneWithDates();
    const old = await renewCalendarToken(database.db, scene.nonprofit.user.id);
    const current = await renewCalendarToken(database.db, scene.nonprofit.user.id);
    expect((await fetchFeed({ token: old })).status).toBe(404);
    expect((await fetchFeed({ token: current.replace(/^./, current.startsWith("A") ? "B" : "A") })).status).toBe(404);
    expect((await fetchFeed({ token: "short" })).status).toBe(404);
    expect((await fetchFeed({})).status).toBe(404);
    expect((await fetchFeed({ token: current })).status).toBe(200);
    await database.db.user.update({ where: { id: scene.nonprofit.user.id }, data: { disabled: true } });
    const refused = await fetchFeed({ token: current });
    expect([refused.status, await refused.text()]).toEqual([404, "Not found\n"]);
  });

  it("gives one partnership's feed only to someone who may see it", async () => {
    const { scene } = await sceneWithDates();
    const other = await sceneWithDates();
    const token = await renewCalendarToken(database.db, scene.company.user.id);
    const own = await eventsOf(await fetchFeed({ token, partnership: scene.partnership.id }));
    expect(own).toHaveLength(4);
    expect((await fetchFeed({ token, partnership: other.scene.partnership.id })).status).toBe(404);
    expect((await fetchFeed({ token, partnership: "not-an-id" })).status).toBe(404);
    const outsiderToken = await renewCalendarToken(database.db, scene.outsider.user.id);
    expect((await fetchFeed({ token: outsiderToken, partnership: scene.partnership.id })).status).toBe(404);
    const outsiderAll = await fetchFeed({ token: outsiderToken });
    expect(await eventsOf(outsiderAll)).toEqual([]);
  });

  it("gives staff both parties' check-ins, linking to the staff page, in their language", async () => {
    const { scene } = await sceneWithDates();
    await database.db.user.update({ where: { id: scene.staffUser.id }, data: { locale: "en" } });
    const token = await renewCalendarToken(database.db, scene.staffUser.id);
    const events = await eventsOf(await fetchFeed({ token, partnership: scene.partnership.id }));
    const checkIns = events.filter((event) => String(event.uid).startsWith("check-in-"));
    expect(checkIns.map((event) => String(event.summary))).toEqual([`How is it going? (${scene.partnership.title})`, `How is it going? (${scene.partnership.title})`]);
    expect(events.every((event) => event.url === `${SITE}/staff/partnerships/${scene.partnership.id}`)).toBe(true);
    // Staff's own feed holds the partnerships they follow as CSV contact.
    expect(await eventsOf(await fetchFeed({ token }))).toEqual([]);
    await database.db.partnership.update({ where: { id: scene.partnership.id }, data: { staffOwnerId: scene.staffUser.id } });
    expect(await eventsOf(await fetchFeed({ token }))).toHaveLength(5);
  });
});
