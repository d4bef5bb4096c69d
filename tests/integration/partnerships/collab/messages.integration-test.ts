import { randomUUID } from "node:crypto";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getPartnershipChecklist } from "@/lib/partnerships/checklist/get-partnership-checklist";
import { addStaffNote } from "@/lib/partnerships/messages/add-staff-note";
import { listPartnershipMessages } from "@/lib/partnerships/messages/list-partnership-messages";
import { listStaffNotes } from "@/lib/partnerships/messages/list-staff-notes";
import { postPartnershipMessage } from "@/lib/partnerships/messages/post-partnership-message";
import { getNegotiation } from "@/lib/partnerships/negotiation/get-negotiation";
import { getPartnershipOverview } from "@/lib/partnerships/overview/get-partnership-overview";
import { requirePartnershipAccess } from "@/lib/partnerships/access/require-partnership-access";
import { createCollabScene } from "../../../support/collab-builders";
import { createPartnerUser, createUser } from "../../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../../support/test-database";

describe("messages and staff notes of a partnership", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const messageNotices = (userId: string) => database.db.notification.findMany({ where: { userId, kind: "partnership.message" } });

  it("keeps the thread oldest first, with each author's name and where they speak from", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId, body: "Buongiorno, iniziamo?" }, new Date("2026-04-01T09:00:00Z"));
    await postPartnershipMessage(database.db, scene.viewers.nonprofit, { partnershipId, body: "Sì, volentieri." }, new Date("2026-04-01T10:00:00Z"));
    await postPartnershipMessage(database.db, scene.viewers.staff, { partnershipId, body: "Vi seguo io per il CSV." }, new Date("2026-04-01T11:00:00Z"));

    const thread = await listPartnershipMessages(database.db, scene.viewers.nonprofit, { partnershipId });
    expect(thread.map((message) => message.body)).toEqual(["Buongiorno, iniziamo?", "Sì, volentieri.", "Vi seguo io per il CSV."]);
    expect(thread.map((message) => message.author)).toEqual([
      { name: scene.company.user.name, affiliation: "COMPANY", organizationName: scene.company.organization.name },
      { name: scene.nonprofit.user.name, affiliation: "NONPROFIT", organizationName: scene.nonprofit.organization.name },
      { name: scene.staffUser.name, affiliation: "STAFF", organizationName: null },
    ]);
    expect(thread.map((message) => message.mine)).toEqual([false, true, false]);
  });

  it("tells the other side and the CSV owner, never the author nor the author's own side", async () => {
    const scene = await createCollabScene(database.db);
    const colleague = await createUser(database.db);
    await database.db.membership.create({ data: { userId: colleague.id, organizationId: scene.company.organization.id } });
    const otherStaff = await createUser(database.db, { role: "STAFF" });
    await database.db.partnership.update({ where: { id: scene.partnership.id }, data: { staffOwnerId: scene.staffUser.id } });

    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: "x".repeat(300) });
    expect(await messageNotices(scene.nonprofit.user.id)).toHaveLength(1);
    const [toOwner] = await messageNotices(scene.staffUser.id);
    expect(toOwner?.link).toBe(`/staff/partnerships/${scene.partnership.id}?tab=messages`);
    expect(await messageNotices(scene.company.user.id)).toHaveLength(0);
    expect(await messageNotices(colleague.id)).toHaveLength(0);
    expect(await messageNotices(otherStaff.id)).toHaveLength(0);
    const [toNonprofit] = await messageNotices(scene.nonprofit.user.id);
    expect(toNonprofit?.link).toBe(`/workspace/partnerships/${scene.partnership.id}?tab=messages`);
    expect(String((toNonprofit?.params as { excerpt: string }).excerpt).length).toBeLessThanOrEqual(140);
  });

  it("tells every staff member when nobody owns the partnership; staff writing tells both sides", async () => {
    const scene = await createCollabScene(database.db);
    const otherStaff = await createUser(database.db, { role: "STAFF" });
    await postPartnershipMessage(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, body: "C'è qualcuno?" });
    expect(await messageNotices(otherStaff.id)).toHaveLength(1);
    expect(await messageNotices(scene.staffUser.id)).toHaveLength(1);

    await postPartnershipMessage(database.db, scene.viewers.staff, { partnershipId: scene.partnership.id, body: "Eccomi." });
    expect(await messageNotices(scene.company.user.id)).toHaveLength(2);
    expect(await messageNotices(scene.nonprofit.user.id)).toHaveLength(1);
    expect(await messageNotices(scene.staffUser.id)).toHaveLength(1); // not told of their own message
  });

  it("still accepts messages once the partnership is closed", async () => {
    const scene = await createCollabScene(database.db, "COMPLETED");
    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: "Grazie a tutti!" });
    expect(await listPartnershipMessages(database.db, scene.viewers.staff, { partnershipId: scene.partnership.id })).toHaveLength(1);
  });

  it("keeps staff notes for staff: partners are refused reading and writing them", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    await addStaffNote(database.db, scene.viewers.staff, { partnershipId, body: "Prima nota" }, new Date("2026-04-01T09:00:00Z"));
    await addStaffNote(database.db, scene.viewers.staff, { partnershipId, body: "Seconda nota" }, new Date("2026-04-02T09:00:00Z"));
    const notes = await listStaffNotes(database.db, scene.viewers.staff, { partnershipId });
    expect(notes.map((note) => [note.body, note.authorName])).toEqual([
      ["Seconda nota", scene.staffUser.name],
      ["Prima nota", scene.staffUser.name],
    ]);
    for (const viewer of [scene.viewers.company, scene.viewers.nonprofit]) {
      await expect(listStaffNotes(database.db, viewer, { partnershipId })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addStaffNote(database.db, viewer, { partnershipId, body: "Nota di un partner" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await database.db.staffNote.count({ where: { partnershipId } })).toBe(2);
  });

  it("never lets a staff note reach anything a partner reads", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    const marker = `NOTA-RISERVATA-${randomUUID()}`;
    await addStaffNote(database.db, scene.viewers.staff, { partnershipId, body: `${marker} il referente dell'ente è in difficoltà` });
    await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId, body: "Un messaggio normale" });
    await addStaffNote(database.db, scene.viewers.staff, { partnershipId, body: `Seconda: ${marker}` });

    for (const viewer of [scene.viewers.company, scene.viewers.nonprofit]) {
      const access = await requirePartnershipAccess(database.db, viewer, partnershipId);
      const results = [
        access,
        await getPartnershipOverview(database.db, access),
        await getPartnershipChecklist(database.db, viewer, { partnershipId, locale: "it" }),
        await getPartnershipChecklist(database.db, viewer, { partnershipId, locale: "en" }),
        await getNegotiation(database.db, viewer, { partnershipId }),
        await listPartnershipMessages(database.db, viewer, { partnershipId }),
      ];
      for (const result of results) expect(JSON.stringify(result)).not.toContain(marker);
    }
    // The check above can fail: staff do read the marker.
    expect(JSON.stringify(await listStaffNotes(database.db, scene.viewers.staff, { partnershipId }))).toContain(marker);
  });

  it("answers NotFoundError to a partner of another organisation, on every service", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    const outsider = scene.viewers.outsider;
    const attempts = [
      listPartnershipMessages(database.db, outsider, { partnershipId }),
      postPartnershipMessage(database.db, outsider, { partnershipId, body: "Intrusione" }),
      listStaffNotes(database.db, outsider, { partnershipId }),
      addStaffNote(database.db, outsider, { partnershipId, body: "Intrusione" }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.partnershipMessage.count({ where: { partnershipId } })).toBe(0);
    expect(await database.db.staffNote.count({ where: { partnershipId } })).toBe(0);
    const lonely = await createPartnerUser(database.db, "NONPROFIT");
    await expect(
      listPartnershipMessages(database.db, { kind: "partner", userId: lonely.user.id, organizationId: lonely.organization.id }, { partnershipId }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
