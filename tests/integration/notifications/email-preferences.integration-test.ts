import { addDays } from "@/lib/dates/rome-calendar";
import { dayInZone, zonedInstant } from "@/lib/dates/zoned-clock";
import { sendDailyDigests } from "@/lib/jobs/send-daily-digests";
import { getEmailPreferences } from "@/lib/notifications/get-email-preferences";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { postPartnershipMessage } from "@/lib/partnerships/messages/post-partnership-message";
import { createCollabScene } from "../../support/collab-builders";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const SCHEDULE = { time: "07:00", timeZone: "Europe/Rome" };
const today = () => dayInZone(new Date(), SCHEDULE.timeZone);
/** The digest run of tomorrow morning in Italy: everything written today is in it. */
const tomorrowAt = (time: string) => zonedInstant(addDays(today(), 1), time, SCHEDULE.timeZone);

const DEFAULTS = { MESSAGES: "DIGEST", PHASE_CHANGES: "DIGEST", DEADLINES: "IMMEDIATE", APPROVALS: "IMMEDIATE", INTRODUCTIONS: "IMMEDIATE" } as const;

describe("e-mail preferences and the daily digest", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const mailsTo = (email: string) => database.db.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
  const messageNotices = (userId: string) => database.db.notification.count({ where: { userId, kind: "partnership.message" } });

  async function tenMessages(scene: Awaited<ReturnType<typeof createCollabScene>>) {
    for (let index = 1; index <= 10; index += 1) {
      await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: `Messaggio numero ${index}` });
    }
  }

  it("starts from the defaults and saves a person's own choices only", async () => {
    const anna = await createUser(database.db);
    const bruno = await createUser(database.db);
    expect(await getEmailPreferences(database.db, anna)).toEqual(DEFAULTS);

    await updateEmailPreferences(database.db, anna, { ...DEFAULTS, MESSAGES: "NEVER", APPROVALS: "DIGEST" });
    expect(await getEmailPreferences(database.db, anna)).toEqual({ ...DEFAULTS, MESSAGES: "NEVER", APPROVALS: "DIGEST" });
    expect(await getEmailPreferences(database.db, bruno)).toEqual(DEFAULTS);
  });

  it("with messages in the daily digest, a day of ten messages gives ten in-app notifications and one e-mail", async () => {
    const scene = await createCollabScene(database.db);
    const reader = scene.nonprofit.user;
    await updateEmailPreferences(database.db, reader, { ...DEFAULTS, MESSAGES: "DIGEST" });

    await tenMessages(scene);
    expect(await messageNotices(reader.id)).toBe(10);
    expect(await mailsTo(reader.email)).toHaveLength(0);

    // Not before the digest time of the next morning…
    await sendDailyDigests(database.db, tomorrowAt("06:59"), SCHEDULE);
    expect(await mailsTo(reader.email)).toHaveLength(0);
    // …then one e-mail with all ten, under the partnership's title, with the link to choose.
    await sendDailyDigests(database.db, tomorrowAt("07:00"), SCHEDULE);
    const mails = await mailsTo(reader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Il tuo riepilogo di Insieme: 10 aggiornamenti");
    expect(mails[0]!.text).toContain(`«${scene.partnership.title}»`);
    for (let index = 1; index <= 10; index += 1) expect(mails[0]!.text).toContain(`Messaggio numero ${index}`);
    expect(mails[0]!.text).toContain(`/workspace/partnerships/${scene.partnership.id}?tab=messages`);
    expect(mails[0]!.text).toMatch(/Scegli quali e-mail ricevere da Insieme: http\S+\/workspace\/notifications\/preferences/);

    // Later runs of the same day send nothing more.
    await sendDailyDigests(database.db, tomorrowAt("09:00"), SCHEDULE);
    expect(await mailsTo(reader.email)).toHaveLength(1);
    expect(await database.db.notification.count({ where: { userId: reader.id, digestPending: true } })).toBe(0);
  });

  it("with messages set to never, sends no e-mail at all, and the in-app notifications still arrive", async () => {
    const scene = await createCollabScene(database.db);
    const reader = scene.nonprofit.user;
    await updateEmailPreferences(database.db, reader, { ...DEFAULTS, MESSAGES: "NEVER" });

    await tenMessages(scene);
    await sendDailyDigests(database.db, tomorrowAt("08:00"), SCHEDULE);
    expect(await messageNotices(reader.id)).toBe(10);
    expect(await mailsTo(reader.email)).toHaveLength(0);
  });

  it("with messages at once, sends each message right away, with the preferences link", async () => {
    const scene = await createCollabScene(database.db);
    const reader = scene.nonprofit.user;
    await updateEmailPreferences(database.db, reader, { ...DEFAULTS, MESSAGES: "IMMEDIATE" });

    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: "Ci vediamo giovedì" });
    const mails = await mailsTo(reader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Nuovo messaggio su «${scene.partnership.title}»`);
    expect(mails[0]!.text).toMatch(/\/workspace\/notifications\/preferences/);
    await sendDailyDigests(database.db, tomorrowAt("08:00"), SCHEDULE);
    expect(await mailsTo(reader.email)).toHaveLength(1);
  });

  it("staff copies follow the staff member's own preferences, with the staff preferences link", async () => {
    const scene = await createCollabScene(database.db);
    await database.db.partnership.update({ where: { id: scene.partnership.id }, data: { staffOwnerId: scene.staffUser.id } });
    await updateEmailPreferences(database.db, scene.staffUser, { ...DEFAULTS, MESSAGES: "NEVER" });
    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: "Per lo staff" });
    expect(await messageNotices(scene.staffUser.id)).toBe(1);
    expect(await mailsTo(scene.staffUser.email)).toHaveLength(0);

    await updateEmailPreferences(database.db, scene.staffUser, { ...DEFAULTS, MESSAGES: "IMMEDIATE" });
    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: "Di nuovo per lo staff" });
    const mails = await mailsTo(scene.staffUser.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toMatch(/\/staff\/notifications\/preferences/);
  });

  it("two digest runs at once send one e-mail", async () => {
    const scene = await createCollabScene(database.db);
    const reader = scene.nonprofit.user;
    await tenMessages(scene); // messages go to the digest by default
    const at = tomorrowAt("07:15");
    const started = new Date();
    const reports = await Promise.all([sendDailyDigests(database.db, at, SCHEDULE), sendDailyDigests(database.db, at, SCHEDULE)]);
    expect(await mailsTo(reader.email)).toHaveLength(1);
    // Across everyone waiting (staff copies of earlier tests too): one digest e-mail per person.
    const digests = await database.db.outboxEmail.findMany({ where: { subject: { startsWith: "Il tuo riepilogo" }, createdAt: { gte: started } }, select: { to: true } });
    expect(new Set(digests.map((mail) => mail.to)).size).toBe(digests.length);
    expect(reports[0]!.sent + reports[1]!.sent).toBe(digests.length);
    expect(await database.db.emailDigest.count({ where: { userId: reader.id } })).toBe(1);

    // A notice committed late by a slow server, still dated before the digest time: the
    // day's claim holds, so it waits for the next day's digest instead of a second e-mail.
    await database.db.notification.create({
      data: { userId: reader.id, kind: "partnership.message", params: { partnershipTitle: "x", authorName: "y", excerpt: "In ritardo" }, link: null, digestPending: true, createdAt: new Date(at.getTime() - 60_000) },
    });
    expect((await sendDailyDigests(database.db, at, SCHEDULE)).sent).toBe(0);
    expect(await mailsTo(reader.email)).toHaveLength(1);
    const nextDay = zonedInstant(addDays(today(), 2), "07:15", SCHEDULE.timeZone);
    await sendDailyDigests(database.db, nextDay, SCHEDULE);
    const mails = await mailsTo(reader.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain("In ritardo");
  });

  it("writes the digest in the reader's language", async () => {
    const scene = await createCollabScene(database.db);
    const reader = scene.nonprofit.user;
    await database.db.user.update({ where: { id: reader.id }, data: { locale: "en" } });
    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: "Hello from the company" });
    await sendDailyDigests(database.db, tomorrowAt("07:30"), SCHEDULE);
    const [mail] = await mailsTo(reader.email);
    expect(mail?.subject).toBe("Your Insieme digest: 1 update");
    expect(mail?.text).toContain(`Hello ${reader.name},`);
    expect(mail?.text).toContain(`New message on “${scene.partnership.title}”`);
    expect(mail?.text).toContain("Choose which e-mails you get from Insieme:");
    expect(mail?.text).not.toContain("Scegli");
  });

  it("leaves out of the digest what was read in the app, or whose kind has since been set to never", async () => {
    const scene = await createCollabScene(database.db);
    const reader = scene.nonprofit.user;
    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: "Già letto" });
    await database.db.notification.updateMany({ where: { userId: reader.id }, data: { readAt: new Date() } });
    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: "Non ancora letto" });
    await sendDailyDigests(database.db, tomorrowAt("07:05"), SCHEDULE);
    const [mail] = await mailsTo(reader.email);
    expect(mail?.text).toContain("Non ancora letto");
    expect(mail?.text).not.toContain("Già letto");

    const other = await createCollabScene(database.db);
    await postPartnershipMessage(database.db, other.viewers.company, { partnershipId: other.partnership.id, body: "In attesa" });
    await updateEmailPreferences(database.db, other.nonprofit.user, { ...DEFAULTS, MESSAGES: "NEVER" });
    await sendDailyDigests(database.db, tomorrowAt("07:05"), SCHEDULE);
    expect(await mailsTo(other.nonprofit.user.email)).toHaveLength(0);
  });

  it("sends account and unclassified notices at once whatever the preferences", async () => {
    const person = await createUser(database.db);
    await updateEmailPreferences(database.db, person, { MESSAGES: "NEVER", PHASE_CHANGES: "NEVER", DEADLINES: "NEVER", APPROVALS: "NEVER", INTRODUCTIONS: "NEVER" });
    await notify(database.db, { userIds: [person.id], kind: "something.new", params: {}, link: "/workspace", email: notificationEmail("something.new", {}, "/workspace") });
    expect(await mailsTo(person.email)).toHaveLength(1);
  });
});
