import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { notify } from "@/lib/notifications/notify";
import { renderNotification } from "@/lib/notifications/render-notification";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("in-app notifications", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("lists the reader's own notifications, newest first, in the reader's language", async () => {
    const reader = await createUser(database.db);
    const other = await createUser(database.db);
    await notify(database.db, { userIds: [reader.id], kind: "organization.approved", params: { organizationName: "Ente Uno" }, link: "/workspace" });
    await notify(database.db, { userIds: [reader.id, other.id], kind: "interest.received", params: { organizationName: "Impresa Due" } });

    const italian = await listNotifications(database.db, reader, { locale: "it" });
    expect(italian.unread).toBe(2);
    expect(italian.items.map((item) => item.title)).toEqual(["Impresa Due vorrebbe conoscervi", "Ente Uno è attiva"]);
    const english = await listNotifications(database.db, reader, { locale: "en" });
    expect(english.items[0]?.title).toBe("Impresa Due would like to meet you");
  });

  it("marks only the reader's own notifications as read", async () => {
    const reader = await createUser(database.db);
    const other = await createUser(database.db);
    await notify(database.db, { userIds: [reader.id, other.id], kind: "interest.expired", params: { organizationName: "Ente Tre" } });
    const othersId = (await database.db.notification.findFirstOrThrow({ where: { userId: other.id } })).id;

    expect(await markNotificationsRead(database.db, reader, { ids: [othersId] })).toBe(0);
    expect(await markNotificationsRead(database.db, reader)).toBe(1);
    expect((await listNotifications(database.db, reader, { locale: "it" })).unread).toBe(0);
    expect((await listNotifications(database.db, other, { locale: "it" })).unread).toBe(1);
  });
});

describe("rendering a notification", () => {
  it("has a text for every kind other features send", () => {
    for (const kind of ["organization.signed-up", "organization.submitted", "organization.approved", "organization.changes-requested", "organization.rejected"]) {
      const text = renderNotification(kind, { organizationName: "Ente Quattro" }, "it");
      expect(text.title).toContain("Ente Quattro");
      expect(text.title).not.toBe("Nuova notifica");
    }
  });

  it("falls back to a generic text for an unknown kind, and ignores odd params", () => {
    expect(renderNotification("something.new", {}, "en")).toEqual({ title: "New notification", body: "There is an update for you on Insieme." });
    expect(renderNotification("toString", {}, "it").title).toBe("Nuova notifica");
    expect(renderNotification("interest.received", { organizationName: { nested: true } }, "it").title).toBe("{organizationName} vorrebbe conoscervi");
    expect(renderNotification("interest.received", null, "it").title).toBe("{organizationName} vorrebbe conoscervi");
  });
});
