import { NotFoundError, ValidationError } from "@/lib/errors";
import { CHECKLIST_TEMPLATES } from "@/lib/partnerships/checklist-templates";
import { addChecklistItem } from "@/lib/partnerships/checklist/add-checklist-item";
import { deleteChecklistItem } from "@/lib/partnerships/checklist/delete-checklist-item";
import { ensurePhaseChecklist } from "@/lib/partnerships/checklist/ensure-phase-checklist";
import { getPartnershipChecklist } from "@/lib/partnerships/checklist/get-partnership-checklist";
import { setChecklistItemDone } from "@/lib/partnerships/checklist/set-checklist-item-done";
import { updateChecklistItem } from "@/lib/partnerships/checklist/update-checklist-item";
import { createCollabScene } from "../../../support/collab-builders";
import { createPartnerUser } from "../../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../../support/test-database";

describe("the checklist of a partnership", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const itemsOf = (partnershipId: string) =>
    database.db.checklistItem.findMany({ where: { partnershipId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  const notificationsOf = (userId: string) => database.db.notification.findMany({ where: { userId, kind: "partnership.checklistAssigned" } });

  it("shows the current phase's template, written once when the partnership entered the phase; reading adds nothing", async () => {
    const scene = await createCollabScene(database.db, "NEGOTIATION");
    // A second materialisation (two moves racing) adds nothing either.
    expect(await database.db.$transaction((tx) => ensurePhaseChecklist(tx, scene.partnership.id, "NEGOTIATION"))).toBe(0);
    const first = await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" });
    await getPartnershipChecklist(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, locale: "en" });

    const rows = await itemsOf(scene.partnership.id);
    expect(rows.map((row) => row.templateKey)).toEqual(CHECKLIST_TEMPLATES.NEGOTIATION.map((item) => item.key));
    expect(rows.every((row) => row.text === null && row.phase === "NEGOTIATION")).toBe(true);
    expect(first.currentPhase).toBe("NEGOTIATION");
    expect(first.current.map((item) => item.text)).toEqual(CHECKLIST_TEMPLATES.NEGOTIATION.map((item) => item.it));
    expect(first.current.every((item) => !item.custom)).toBe(true);
    // The earlier phase was never visited in this test: nothing is made up for it.
    expect(first.earlier).toEqual([]);
  });

  it("reads template items in the reader's language, and shows earlier phases' items apart", async () => {
    const scene = await createCollabScene(database.db, "PLANNING");
    // Moved on to phase 3, as the board's move does it: the new phase's template is written.
    await database.db.partnership.update({ where: { id: scene.partnership.id }, data: { phase: "AGREEMENT" } });
    await database.db.$transaction((tx) => ensurePhaseChecklist(tx, scene.partnership.id, "AGREEMENT"));
    const view = await getPartnershipChecklist(database.db, scene.viewers.staff, { partnershipId: scene.partnership.id, locale: "en" });
    expect(view.current.map((item) => item.text)).toEqual(CHECKLIST_TEMPLATES.AGREEMENT.map((item) => item.en));
    expect(view.earlier.map((group) => group.phase)).toEqual(["PLANNING"]);
    expect(view.earlier[0]!.items.map((item) => item.text)).toEqual(CHECKLIST_TEMPLATES.PLANNING.map((item) => item.en));
  });

  it("offers the members of both organisations and staff as assignees, nobody else", async () => {
    const scene = await createCollabScene(database.db);
    const view = await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" });
    const ids = view.people.map((person) => person.id);
    expect(ids).toEqual(expect.arrayContaining([scene.company.user.id, scene.nonprofit.user.id, scene.staffUser.id]));
    expect(ids).not.toContain(scene.outsider.user.id);
    expect(view.people.find((person) => person.id === scene.nonprofit.user.id)?.affiliation).toBe("NONPROFIT");
    expect(view.people.find((person) => person.id === scene.staffUser.id)?.affiliation).toBe("STAFF");
  });

  it("lets a partner add an item with an assignee of the other side and a due date; the assignee is told", async () => {
    const scene = await createCollabScene(database.db);
    const before = await database.db.partnership.findUniqueOrThrow({ where: { id: scene.partnership.id }, select: { lastActivityAt: true } });
    const { id } = await addChecklistItem(database.db, scene.viewers.company, {
      partnershipId: scene.partnership.id,
      text: "Mandare il calendario dei turni",
      assigneeId: scene.nonprofit.user.id,
      dueDate: "2026-12-01",
    });
    const row = await database.db.checklistItem.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ templateKey: null, text: "Mandare il calendario dei turni", assigneeId: scene.nonprofit.user.id, phase: "NEGOTIATION", createdById: scene.company.user.id });
    expect(row.dueDate?.toISOString().slice(0, 10)).toBe("2026-12-01");
    const notices = await notificationsOf(scene.nonprofit.user.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.params).toMatchObject({ partnershipTitle: scene.partnership.title, itemText: "Mandare il calendario dei turni" });
    expect(notices[0]!.link).toBe(`/workspace/partnerships/${scene.partnership.id}`);
    const after = await database.db.partnership.findUniqueOrThrow({ where: { id: scene.partnership.id }, select: { lastActivityAt: true } });
    expect(after.lastActivityAt.getTime()).toBeGreaterThanOrEqual(before.lastActivityAt.getTime());
    expect(await database.db.auditLog.count({ where: { targetId: scene.partnership.id, action: "checklist.add" } })).toBe(1);
  });

  it("refuses an assignee who does not belong to the partnership, on the assigneeId field", async () => {
    const scene = await createCollabScene(database.db);
    const stranger = await createPartnerUser(database.db, "NONPROFIT");
    const attempt = addChecklistItem(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, text: "Qualcosa da fare", assigneeId: stranger.user.id, dueDate: "" });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ field: "assigneeId" });
    // Nothing added: only the phase's template items are there.
    const items = await itemsOf(scene.partnership.id);
    expect(items.every((row) => row.templateKey !== null)).toBe(true);

    const [item] = items;
    await expect(
      updateChecklistItem(database.db, scene.viewers.staff, { partnershipId: scene.partnership.id, itemId: item!.id, assigneeId: stranger.user.id, dueDate: "" }),
    ).rejects.toMatchObject({ name: "ValidationError", field: "assigneeId" });
  });

  it("assigns a template item to staff, tells them with a staff link, and clears the overdue reminder when the due date changes", async () => {
    const scene = await createCollabScene(database.db);
    await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" });
    const [item] = await itemsOf(scene.partnership.id);
    await database.db.checklistItem.update({ where: { id: item!.id }, data: { dueDate: new Date("2026-01-10T00:00:00Z"), overdueRemindedAt: new Date() } });

    await updateChecklistItem(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, itemId: item!.id, assigneeId: scene.staffUser.id, dueDate: "2026-01-10" });
    let row = await database.db.checklistItem.findUniqueOrThrow({ where: { id: item!.id } });
    expect(row.assigneeId).toBe(scene.staffUser.id);
    expect(row.overdueRemindedAt).not.toBeNull(); // same date: the reminder stands
    const [notice] = await notificationsOf(scene.staffUser.id);
    expect(notice?.link).toBe(`/staff/partnerships/${scene.partnership.id}`);
    expect(notice?.params).toMatchObject({ itemText: CHECKLIST_TEMPLATES.NEGOTIATION[0]!.it });

    await updateChecklistItem(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, itemId: item!.id, assigneeId: scene.staffUser.id, dueDate: "2026-02-20" });
    row = await database.db.checklistItem.findUniqueOrThrow({ where: { id: item!.id } });
    expect(row.overdueRemindedAt).toBeNull();
    expect(await notificationsOf(scene.staffUser.id)).toHaveLength(1); // not told twice for the same assignment

    await updateChecklistItem(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, itemId: item!.id, assigneeId: "", dueDate: "" });
    row = await database.db.checklistItem.findUniqueOrThrow({ where: { id: item!.id } });
    expect(row).toMatchObject({ assigneeId: null, dueDate: null });
  });

  it("ticks and unticks an item, remembering who ticked it", async () => {
    const scene = await createCollabScene(database.db);
    await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" });
    const [item] = await itemsOf(scene.partnership.id);
    const now = new Date("2026-03-01T10:00:00Z");
    await setChecklistItemDone(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, itemId: item!.id, done: true }, now);
    let row = await database.db.checklistItem.findUniqueOrThrow({ where: { id: item!.id } });
    expect(row).toMatchObject({ doneAt: now, doneById: scene.nonprofit.user.id });
    const view = await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" });
    expect(view.current.find((entry) => entry.id === item!.id)?.doneByName).toBe(scene.nonprofit.user.name);

    await setChecklistItemDone(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, itemId: item!.id, done: false });
    row = await database.db.checklistItem.findUniqueOrThrow({ where: { id: item!.id } });
    expect(row).toMatchObject({ doneAt: null, doneById: null });
  });

  it("flags undone items whose due day has passed as overdue, not those due today or done", async () => {
    const scene = await createCollabScene(database.db);
    const now = new Date("2026-05-10T08:00:00Z");
    const add = (text: string, dueDate: string) => addChecklistItem(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, text, assigneeId: "", dueDate }, now);
    const late = await add("In ritardo", "2026-05-09");
    await add("Scade oggi", "2026-05-10");
    const doneLate = await add("Fatto in ritardo", "2026-05-01");
    await setChecklistItemDone(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, itemId: doneLate.id, done: true }, now);
    const view = await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" }, now);
    expect(view.current.filter((item) => item.overdue).map((item) => item.id)).toEqual([late.id]);
  });

  it("deletes custom items only", async () => {
    const scene = await createCollabScene(database.db);
    const custom = await addChecklistItem(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, text: "Da cancellare", assigneeId: "", dueDate: "" });
    await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" });
    const template = (await itemsOf(scene.partnership.id)).find((row) => row.templateKey !== null)!;

    await expect(deleteChecklistItem(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, itemId: template.id })).rejects.toBeInstanceOf(ValidationError);
    await deleteChecklistItem(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, itemId: custom.id });
    const keys = (await itemsOf(scene.partnership.id)).map((row) => row.templateKey);
    expect(keys).not.toContain(null);
    expect(keys).toHaveLength(CHECKLIST_TEMPLATES.NEGOTIATION.length);
  });

  it("refuses every change on a closed partnership, but still shows its items", async () => {
    const scene = await createCollabScene(database.db, "MONITORING");
    await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" });
    await database.db.partnership.update({ where: { id: scene.partnership.id }, data: { phase: "COMPLETED" } });
    const [item] = await itemsOf(scene.partnership.id);
    const input = { partnershipId: scene.partnership.id, itemId: item!.id };
    await expect(addChecklistItem(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, text: "Troppo tardi", assigneeId: "", dueDate: "" })).rejects.toMatchObject({ message: "closed" });
    await expect(setChecklistItemDone(database.db, scene.viewers.staff, { ...input, done: true })).rejects.toMatchObject({ message: "closed" });
    await expect(updateChecklistItem(database.db, scene.viewers.staff, { ...input, assigneeId: "", dueDate: "2026-01-01" })).rejects.toMatchObject({ message: "closed" });
    await expect(deleteChecklistItem(database.db, scene.viewers.staff, input)).rejects.toMatchObject({ message: "closed" });
    const view = await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" });
    expect(view).toMatchObject({ currentPhase: null, current: [], canEdit: false });
    expect(view.earlier.map((group) => group.phase)).toEqual(["MONITORING"]);
  });

  it("answers NotFoundError to a partner of another organisation, on every service, and changes nothing", async () => {
    const scene = await createCollabScene(database.db);
    await getPartnershipChecklist(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, locale: "it" });
    const [item] = await itemsOf(scene.partnership.id);
    const partnershipId = scene.partnership.id;
    const outsider = scene.viewers.outsider;
    const attempts = [
      getPartnershipChecklist(database.db, outsider, { partnershipId, locale: "it" }),
      addChecklistItem(database.db, outsider, { partnershipId, text: "Intrusione", assigneeId: "", dueDate: "" }),
      updateChecklistItem(database.db, outsider, { partnershipId, itemId: item!.id, assigneeId: scene.outsider.user.id, dueDate: "" }),
      setChecklistItemDone(database.db, outsider, { partnershipId, itemId: item!.id, done: true }),
      deleteChecklistItem(database.db, outsider, { partnershipId, itemId: item!.id }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    const rows = await itemsOf(partnershipId);
    expect(rows).toHaveLength(CHECKLIST_TEMPLATES.NEGOTIATION.length);
    expect(rows.every((row) => row.doneAt === null && row.assigneeId === null)).toBe(true);
  });

  it("answers NotFoundError for an item of another partnership, even to its own members", async () => {
    const scene = await createCollabScene(database.db);
    const other = await createCollabScene(database.db);
    const foreign = await addChecklistItem(database.db, other.viewers.company, { partnershipId: other.partnership.id, text: "Della partnership accanto", assigneeId: "", dueDate: "" });
    await expect(
      setChecklistItemDone(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, itemId: foreign.id, done: true }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteChecklistItem(database.db, scene.viewers.staff, { partnershipId: scene.partnership.id, itemId: foreign.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
