import { ValidationError, NotFoundError } from "@/lib/errors";
import { approvePublicStory } from "@/lib/partnerships/communication/approve-public-story";
import { storyHash } from "@/lib/partnerships/communication/story-hash";
import { setDocumentInStory } from "@/lib/partnerships/documents/set-document-in-story";
import { uploadPartnershipDocument } from "@/lib/partnerships/documents/upload-partnership-document";
import { listShowcasedPartnerships } from "@/lib/partnerships/list-showcased-partnerships";
import { createCollabScene } from "../../support/collab-builders";
import { documentFixtures } from "../../support/document-fixtures";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// Photos of the documents attached to the joint public story: public through
// /showcase/photos/<id> only while both parties approved the story they go with.

describe("photos of the public story", () => {
  let database: TestDatabase;
  let GET: (request: Request, context: { params: Promise<{ documentId: string }> }) => Promise<Response>;
  beforeAll(async () => {
    database = await createTestDatabase();
    ({ GET } = await import("@/app/showcase/photos/[documentId]/route"));
  });
  afterAll(() => database.cleanup());

  const fetchPhoto = (documentId: string) => GET(new Request(`http://localhost:3000/showcase/photos/${documentId}`), { params: Promise.resolve({ documentId }) });
  const STORY = "Insieme abbiamo servito mille pasti con il pane recuperato.";

  async function approvedStoryScene() {
    const scene = await createCollabScene(database.db, "COMMUNICATION");
    const now = new Date();
    await database.db.partnership.update({ where: { id: scene.partnership.id }, data: { publicStory: STORY, storyApprovedByCompanyAt: now, storyApprovedByNonprofitAt: now } });
    return scene;
  }
  const approvals = async (id: string) => {
    const row = await database.db.partnership.findUniqueOrThrow({ where: { id }, select: { storyApprovedByCompanyAt: true, storyApprovedByNonprofitAt: true } });
    return [row.storyApprovedByCompanyAt !== null, row.storyApprovedByNonprofitAt !== null];
  };

  it("shows an attached photo on the landing page only once both parties approved the story again", async () => {
    const scene = await approvedStoryScene();
    const partnershipId = scene.partnership.id;
    const photo = await uploadPartnershipDocument(database.db, scene.viewers.nonprofit, { partnershipId, kind: "PHOTO", description: "La mensa", staffOnly: false, file: { name: "mensa.png", bytes: documentFixtures.png() } });
    expect((await fetchPhoto(photo.id)).status).toBe(404);

    await setDocumentInStory(database.db, scene.viewers.nonprofit, { partnershipId, documentId: photo.id, inStory: true });
    // What the landing page would show changed: both approve again.
    expect(await approvals(partnershipId)).toEqual([false, false]);
    expect((await fetchPhoto(photo.id)).status).toBe(404);
    expect((await listShowcasedPartnerships(database.db, 100)).some((p) => p.id === partnershipId)).toBe(false);

    for (const viewer of [scene.viewers.company, scene.viewers.nonprofit]) await approvePublicStory(database.db, viewer, { partnershipId, storyHash: storyHash(STORY) });
    const shown = await fetchPhoto(photo.id);
    expect(shown.status).toBe(200);
    expect(shown.headers.get("content-type")).toBe("image/png");
    expect(shown.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await shown.arrayBuffer())).toEqual(documentFixtures.png());
    const showcased = (await listShowcasedPartnerships(database.db, 100)).find((p) => p.id === partnershipId);
    expect(showcased?.photos).toEqual([{ id: photo.id, description: "La mensa" }]);

    // Taken off the story, it is private again.
    await setDocumentInStory(database.db, scene.viewers.company, { partnershipId, documentId: photo.id, inStory: false });
    expect((await fetchPhoto(photo.id)).status).toBe(404);
    const history = await database.db.auditLog.findMany({ where: { targetId: partnershipId, action: { in: ["partnership.story.photo-added", "partnership.story.photo-removed"] } }, orderBy: { createdAt: "asc" } });
    expect(history.map((row) => row.action)).toEqual(["partnership.story.photo-added", "partnership.story.photo-removed"]);
  });

  it("takes only photos a browser shows, never a staff-only one nor another partnership's, and leaves approvals alone when refused", async () => {
    const scene = await approvedStoryScene();
    const partnershipId = scene.partnership.id;
    const pdf = await uploadPartnershipDocument(database.db, scene.viewers.company, { partnershipId, kind: "PHOTO", description: "", staffOnly: false, file: { name: "foto.pdf", bytes: documentFixtures.pdf() } });
    await expect(setDocumentInStory(database.db, scene.viewers.company, { partnershipId, documentId: pdf.id, inStory: true })).rejects.toEqual(new ValidationError("notAStoryPhoto"));
    const hidden = await uploadPartnershipDocument(database.db, scene.viewers.staff, { partnershipId, kind: "PHOTO", description: "", staffOnly: true, file: { name: "riservata.png", bytes: documentFixtures.png() } });
    await expect(setDocumentInStory(database.db, scene.viewers.staff, { partnershipId, documentId: hidden.id, inStory: true })).rejects.toBeInstanceOf(NotFoundError);
    const other = await approvedStoryScene();
    await expect(setDocumentInStory(database.db, other.viewers.company, { partnershipId: other.partnership.id, documentId: hidden.id, inStory: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setDocumentInStory(database.db, scene.viewers.outsider, { partnershipId, documentId: pdf.id, inStory: true })).rejects.toBeInstanceOf(NotFoundError);
    expect(await approvals(partnershipId)).toEqual([true, true]);
    for (const id of [pdf.id, hidden.id, "not-an-id"]) expect((await fetchPhoto(id)).status).toBe(404);
  });
});
