import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { approvePublicStory } from "@/lib/partnerships/communication/approve-public-story";
import { getCommunication } from "@/lib/partnerships/communication/get-communication";
import { savePublicStory } from "@/lib/partnerships/communication/save-public-story";
import { storyHash } from "@/lib/partnerships/communication/story-hash";
import { withdrawStoryApproval } from "@/lib/partnerships/communication/withdraw-story-approval";
import { listShowcasedPartnerships } from "@/lib/partnerships/list-showcased-partnerships";
import { createPartnershipCast } from "../../support/programme-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const STORY =
  "Dieci sabati sulle rive del Ticino: i dipendenti di Packaging Ticino e i volontari di Amici del Ticino hanno raccolto insieme due tonnellate di plastica.";
const EDITED = `${STORY} E le feste di quartiere ora usano solo stoviglie lavabili.`;

describe("the joint public story", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const showcased = async (partnershipId: string) => (await listShowcasedPartnerships(database.db, 100)).some((entry) => entry.id === partnershipId);
  const notices = (partnershipId: string, kind: string) =>
    database.db.notification.findMany({ where: { kind, link: `/workspace/partnerships/${partnershipId}?tab=communication` }, select: { userId: true } });

  it("reaches the showcase only once both parties approved it, and leaves it when an approval is withdrawn", async () => {
    const { partnership, company, nonprofit, viewers } = await createPartnershipCast(database.db, "COMMUNICATION");
    const partnershipId = partnership.id;
    await savePublicStory(database.db, viewers.staff, { partnershipId, story: STORY });
    expect((await notices(partnershipId, "partnership.storyApprovalRequested")).map((row) => row.userId).sort()).toEqual([company.user.id, nonprofit.user.id].sort());

    const hash = storyHash(STORY);
    await expect(approvePublicStory(database.db, viewers.company, { partnershipId, storyHash: hash })).resolves.toEqual({ published: false });
    expect(await showcased(partnershipId)).toBe(false);
    let view = await getCommunication(database.db, viewers.nonprofit, { partnershipId });
    expect(view.story).toMatchObject({ text: STORY, hash, approvedByNonprofitAt: null, visible: false });
    expect(view.story.approvedByCompanyAt).toBeInstanceOf(Date);

    await expect(approvePublicStory(database.db, viewers.nonprofit, { partnershipId, storyHash: hash })).resolves.toEqual({ published: true });
    expect(await showcased(partnershipId)).toBe(true);
    expect(await notices(partnershipId, "partnership.storyPublished")).toHaveLength(2);
    view = await getCommunication(database.db, viewers.company, { partnershipId });
    expect(view.story.visible).toBe(true);

    await withdrawStoryApproval(database.db, viewers.company, { partnershipId });
    expect(await showcased(partnershipId)).toBe(false);
    const audit = await database.db.auditLog.findMany({ where: { targetId: partnershipId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "partnership.story.edited", actorId: viewers.staff.userId },
      { action: "partnership.story.approved", actorId: viewers.company.userId },
      { action: "partnership.story.approved", actorId: viewers.nonprofit.userId },
      { action: "partnership.story.approvalWithdrawn", actorId: viewers.company.userId },
    ]);
  });

  it("loses both approvals when the text changes, keeps them when the same text is saved again", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "COMMUNICATION");
    const partnershipId = partnership.id;
    await savePublicStory(database.db, viewers.company, { partnershipId, story: STORY });
    await approvePublicStory(database.db, viewers.company, { partnershipId, storyHash: storyHash(STORY) });
    await approvePublicStory(database.db, viewers.nonprofit, { partnershipId, storyHash: storyHash(STORY) });
    expect(await showcased(partnershipId)).toBe(true);

    await expect(savePublicStory(database.db, viewers.nonprofit, { partnershipId, story: `  ${STORY}  ` })).resolves.toEqual({ changed: false });
    expect(await showcased(partnershipId)).toBe(true);
    expect(await notices(partnershipId, "partnership.storyApprovalRequested")).toHaveLength(2);

    await expect(savePublicStory(database.db, viewers.nonprofit, { partnershipId, story: EDITED })).resolves.toEqual({ changed: true });
    expect(await showcased(partnershipId)).toBe(false);
    const view = await getCommunication(database.db, viewers.company, { partnershipId });
    expect(view.story).toMatchObject({ text: EDITED, approvedByCompanyAt: null, approvedByNonprofitAt: null, visible: false });
    expect(await notices(partnershipId, "partnership.storyApprovalRequested")).toHaveLength(4);
  });

  it("refuses to approve a text that changed since the approver read it", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "COMMUNICATION");
    const partnershipId = partnership.id;
    await savePublicStory(database.db, viewers.company, { partnershipId, story: STORY });
    const readByNonprofit = (await getCommunication(database.db, viewers.nonprofit, { partnershipId })).story.hash ?? "";
    await savePublicStory(database.db, viewers.company, { partnershipId, story: EDITED });

    await expect(approvePublicStory(database.db, viewers.nonprofit, { partnershipId, storyHash: readByNonprofit })).rejects.toBeInstanceOf(ConflictError);
    const row = await database.db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { storyApprovedByNonprofitAt: true } });
    expect(row.storyApprovedByNonprofitAt).toBeNull();
  });

  it("lets each party approve or withdraw only for itself: staff edit but do not approve", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "COMMUNICATION");
    const partnershipId = partnership.id;
    await savePublicStory(database.db, viewers.company, { partnershipId, story: STORY });
    await expect(approvePublicStory(database.db, viewers.staff, { partnershipId, storyHash: storyHash(STORY) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(withdrawStoryApproval(database.db, viewers.staff, { partnershipId })).rejects.toBeInstanceOf(ForbiddenError);
    await approvePublicStory(database.db, viewers.company, { partnershipId, storyHash: storyHash(STORY) });
    // The nonprofit's withdrawal touches only its own (absent) approval.
    await withdrawStoryApproval(database.db, viewers.nonprofit, { partnershipId });
    const row = await database.db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { storyApprovedByCompanyAt: true, storyApprovedByNonprofitAt: true } });
    expect(row.storyApprovedByCompanyAt).toBeInstanceOf(Date);
    expect(row.storyApprovedByNonprofitAt).toBeNull();
  });

  it("can still be written and approved after the partnership completed, not after it was discontinued", async () => {
    const completed = await createPartnershipCast(database.db, "COMPLETED");
    const partnershipId = completed.partnership.id;
    await savePublicStory(database.db, completed.viewers.nonprofit, { partnershipId, story: STORY });
    await approvePublicStory(database.db, completed.viewers.company, { partnershipId, storyHash: storyHash(STORY) });
    await approvePublicStory(database.db, completed.viewers.nonprofit, { partnershipId, storyHash: storyHash(STORY) });
    expect(await showcased(partnershipId)).toBe(true);

    const discontinued = await createPartnershipCast(database.db, "DISCONTINUED");
    await expect(savePublicStory(database.db, discontinued.viewers.company, { partnershipId: discontinued.partnership.id, story: STORY })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("answers a partner of another organisation as if nothing existed", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "COMMUNICATION");
    const partnershipId = partnership.id;
    await savePublicStory(database.db, viewers.company, { partnershipId, story: STORY });
    await expect(savePublicStory(database.db, viewers.stranger, { partnershipId, story: EDITED })).rejects.toBeInstanceOf(NotFoundError);
    await expect(approvePublicStory(database.db, viewers.stranger, { partnershipId, storyHash: storyHash(STORY) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawStoryApproval(database.db, viewers.stranger, { partnershipId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCommunication(database.db, viewers.company, { partnershipId })).story.text).toBe(STORY);
  });
});
