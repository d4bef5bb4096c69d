import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { deleteCommunicationItem } from "@/lib/partnerships/communication/delete-communication-item";
import { getCommunication } from "@/lib/partnerships/communication/get-communication";
import { saveCommunicationItem } from "@/lib/partnerships/communication/save-communication-item";
import { createPartnershipCast, dayFromToday } from "../../support/programme-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("the communication plan", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("lets partners and staff plan items by date, publish them with a link, and delete them", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "COMMUNICATION");
    const partnershipId = partnership.id;
    const post = await saveCommunicationItem(database.db, viewers.company, { partnershipId, channel: "SOCIAL", title: "Post sulla giornata", plannedOn: dayFromToday(7) });
    await saveCommunicationItem(database.db, viewers.nonprofit, { partnershipId, channel: "PRESS", title: "Comunicato stampa", plannedOn: dayFromToday(2) });
    const newsletter = await saveCommunicationItem(database.db, viewers.staff, { partnershipId, channel: "NEWSLETTER", title: "Newsletter CSV", plannedOn: dayFromToday(30) });

    await saveCommunicationItem(database.db, viewers.nonprofit, {
      partnershipId,
      itemId: post.id,
      channel: "SOCIAL",
      title: "Post sulla giornata",
      plannedOn: dayFromToday(7),
      status: "PUBLISHED",
      link: "https://www.instagram.com/p/ticino",
    });
    await deleteCommunicationItem(database.db, viewers.company, { partnershipId, itemId: newsletter.id });

    const view = await getCommunication(database.db, viewers.company, { partnershipId });
    expect(view.items.map(({ title, status, link }) => ({ title, status, link }))).toEqual([
      { title: "Comunicato stampa", status: "PLANNED", link: null },
      { title: "Post sulla giornata", status: "PUBLISHED", link: "https://www.instagram.com/p/ticino" },
    ]);
    expect(view).toMatchObject({ canEditPlan: true, canEditStory: true, side: "COMPANY" });
  });

  it("refuses publishing without a link, or with a link that is not http(s)", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "COMMUNICATION");
    const input = { partnershipId: partnership.id, channel: "WEBSITE" as const, title: "Articolo", plannedOn: dayFromToday(1) };
    await expect(saveCommunicationItem(database.db, viewers.company, { ...input, status: "PUBLISHED" })).rejects.toThrow("linkRequiredWhenPublished");
    await expect(saveCommunicationItem(database.db, viewers.company, { ...input, link: "javascript:alert(1)" })).rejects.toThrow("linkInvalid");
    expect(await database.db.communicationItem.count({ where: { partnershipId: partnership.id } })).toBe(0);
  });

  it("answers a partner of another organisation as if nothing existed", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "COMMUNICATION");
    const partnershipId = partnership.id;
    const item = await saveCommunicationItem(database.db, viewers.company, { partnershipId, channel: "EVENT", title: "Festa", plannedOn: dayFromToday(3) });
    await expect(getCommunication(database.db, viewers.stranger, { partnershipId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveCommunicationItem(database.db, viewers.stranger, { partnershipId, channel: "EVENT", title: "X", plannedOn: dayFromToday(3) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveCommunicationItem(database.db, viewers.stranger, { partnershipId, itemId: item.id, channel: "EVENT", title: "X", plannedOn: dayFromToday(3) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCommunicationItem(database.db, viewers.stranger, { partnershipId, itemId: item.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("does not reach an item of another partnership through its own", async () => {
    const ours = await createPartnershipCast(database.db, "COMMUNICATION");
    const theirs = await createPartnershipCast(database.db, "COMMUNICATION");
    const foreign = await saveCommunicationItem(database.db, theirs.viewers.company, { partnershipId: theirs.partnership.id, channel: "EVENT", title: "Loro", plannedOn: dayFromToday(3) });
    await expect(deleteCommunicationItem(database.db, ours.viewers.company, { partnershipId: ours.partnership.id, itemId: foreign.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveCommunicationItem(database.db, ours.viewers.company, { partnershipId: ours.partnership.id, itemId: foreign.id, channel: "EVENT", title: "Presa", plannedOn: dayFromToday(3) }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.communicationItem.count({ where: { id: foreign.id, title: "Loro" } })).toBe(1);
  });

  it("keeps the plan of a completed partnership as it was", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "COMPLETED");
    await expect(saveCommunicationItem(database.db, viewers.staff, { partnershipId: partnership.id, channel: "REPORT", title: "Bilancio", plannedOn: dayFromToday(3) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCommunication(database.db, viewers.company, { partnershipId: partnership.id })).resolves.toMatchObject({ canEditPlan: false, canEditStory: true });
  });
});
