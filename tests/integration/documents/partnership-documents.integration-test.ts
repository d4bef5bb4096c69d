import { MAX_DOCUMENT_BYTES } from "@/lib/config/server-config";
import { ForbiddenError } from "@/lib/errors";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";
import { deletePartnershipDocument } from "@/lib/partnerships/documents/delete-partnership-document";
import { listPartnershipDocuments } from "@/lib/partnerships/documents/list-partnership-documents";
import { createCollabScene } from "../../support/collab-builders";
import { documentFixtures } from "../../support/document-fixtures";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// The documents area through its two route handlers, called as a browser calls them (a real
// Request with a multipart body): the session guard is replaced by whoever `viewer` is; the
// routes, the body checks, the services, the storage and the database are real.

let viewer: PartnershipViewer;
jest.mock("@/lib/auth/guards", () => ({ requirePartnershipViewer: async () => viewer }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const SITE = "http://localhost:3000";
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

describe("a partnership's documents", () => {
  let database: TestDatabase;
  let upload: Handler<{ id: string }>;
  let download: Handler<{ id: string; documentId: string }>;
  beforeAll(async () => {
    database = await createTestDatabase();
    delete process.env.NEXTAUTH_URL;
    process.env.PORT = "3000";
    ({ POST: upload } = await import("@/app/partnerships/[id]/documents/route"));
    ({ GET: download } = await import("@/app/partnerships/[id]/documents/[documentId]/route"));
  });
  afterAll(() => database.cleanup());

  function uploadRequest(partnershipId: string, file: { bytes: Uint8Array; name: string; type?: string }, fields: Record<string, string> = { kind: "AGREEMENT_SCAN" }, headers: Record<string, string> = { origin: SITE }) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "application/pdf" }));
    return upload(new Request(`${SITE}/partnerships/${partnershipId}/documents`, { method: "POST", body: form, headers: { host: "localhost:3000", ...headers } }), {
      params: Promise.resolve({ id: partnershipId }),
    });
  }
  async function uploadAs(who: PartnershipViewer, ...args: Parameters<typeof uploadRequest>) {
    viewer = who;
    return uploadRequest(...args);
  }
  async function downloadAs(who: PartnershipViewer, partnershipId: string, documentId: string) {
    viewer = who;
    return download(new Request(`${SITE}/partnerships/${partnershipId}/documents/${documentId}`), { params: Promise.resolve({ id: partnershipId, documentId }) });
  }
  const counts = async () => ({ documents: await database.db.partnershipDocument.count(), files: await database.db.storedFile.count() });

  it("keeps a file uploaded by one partner, and gives the same bytes to the other partner and to staff as an attachment", async () => {
    const scene = await createCollabScene(database.db);
    const bytes = documentFixtures.pdf();
    const response = await uploadAs(scene.viewers.company, scene.partnership.id, { bytes, name: "Accordo firmato – è così.pdf" }, { kind: "AGREEMENT_SCAN", description: "La scansione firmata" });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };

    for (const who of [scene.viewers.nonprofit, scene.viewers.staff, scene.viewers.company]) {
      const file = await downloadAs(who, scene.partnership.id, id);
      expect(file.status).toBe(200);
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
      expect(file.headers.get("content-type")).toBe("application/pdf");
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      expect(file.headers.get("content-disposition")).toBe(`attachment; filename="Accordo firmato _ e cosi.pdf"; filename*=UTF-8''Accordo%20firmato%20%E2%80%93%20%C3%A8%20cos%C3%AC.pdf`);
    }
    const listed = await listPartnershipDocuments(database.db, scene.viewers.nonprofit, scene.partnership.id);
    expect(listed.documents).toEqual([
      expect.objectContaining({ id, kind: "AGREEMENT_SCAN", description: "La scansione firmata", phase: "NEGOTIATION", uploaderName: scene.company.user.name, uploaderSide: "COMPANY", sizeBytes: bytes.byteLength, canDelete: false }),
    ]);
    const audit = await database.db.auditLog.findMany({ where: { targetId: scene.partnership.id, action: "document.upload" } });
    expect(audit).toHaveLength(1);
  });

  it("answers 404 and nothing else to another organisation, for the upload and for the download", async () => {
    const scene = await createCollabScene(database.db);
    const created = await uploadAs(scene.viewers.company, scene.partnership.id, { bytes: documentFixtures.pdf(), name: "a.pdf" });
    const { id } = (await created.json()) as { id: string };
    const before = await counts();

    const refused = await uploadAs(scene.viewers.outsider, scene.partnership.id, { bytes: documentFixtures.pdf(), name: "b.pdf" });
    expect([refused.status, await refused.json()]).toEqual([404, { error: "not_found" }]);
    const peek = await downloadAs(scene.viewers.outsider, scene.partnership.id, id);
    expect([peek.status, await peek.json()]).toEqual([404, { error: "not_found" }]);
    // Naming its own partnership does not reach another one's document either.
    const own = await createCollabScene(database.db);
    const crossed = await downloadAs(scene.viewers.outsider, own.partnership.id, id);
    expect(crossed.status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("hides staff-only documents from both partners, in the list and on download", async () => {
    const scene = await createCollabScene(database.db);
    const created = await uploadAs(scene.viewers.staff, scene.partnership.id, { bytes: documentFixtures.png(), name: "verbale.png", type: "image/png" }, { kind: "REPORT", staffOnly: "on" });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    for (const partner of [scene.viewers.company, scene.viewers.nonprofit]) {
      expect((await listPartnershipDocuments(database.db, partner, scene.partnership.id)).documents).toEqual([]);
      expect((await downloadAs(partner, scene.partnership.id, id)).status).toBe(404);
    }
    expect((await listPartnershipDocuments(database.db, scene.viewers.staff, scene.partnership.id)).documents.map((d) => [d.id, d.staffOnly])).toEqual([[id, true]]);
    // A partner cannot mark its own upload staff-only.
    const partnerTry = await uploadAs(scene.viewers.company, scene.partnership.id, { bytes: documentFixtures.pdf(), name: "x.pdf" }, { kind: "OTHER", staffOnly: "on" });
    expect([partnerTry.status, await partnerTry.json()]).toEqual([400, { error: "formHasErrors", fieldErrors: { staffOnly: "staffOnlyForStaff" } }]);
  });

  it("refuses an HTML page renamed .pdf, an SVG, an empty file and a wrong kind, and writes nothing", async () => {
    const scene = await createCollabScene(database.db);
    const before = await counts();
    const cases: Array<[Parameters<typeof uploadRequest>[1], Record<string, string>, number, unknown]> = [
      [{ bytes: documentFixtures.html(), name: "accordo.pdf", type: "application/pdf" }, { kind: "AGREEMENT_SCAN" }, 400, { file: "fileTypeNotAllowed" }],
      [{ bytes: documentFixtures.svg(), name: "foto.png", type: "image/png" }, { kind: "PHOTO" }, 400, { file: "fileTypeNotAllowed" }],
      [{ bytes: new Uint8Array(), name: "vuoto.pdf" }, { kind: "OTHER" }, 400, { file: "fileEmpty" }],
      [{ bytes: documentFixtures.pdf(), name: "a.pdf" }, { kind: "CONTRACT" }, 400, { kind: "chooseKind" }],
    ];
    for (const [file, fields, status, fieldErrors] of cases) {
      const response = await uploadAs(scene.viewers.company, scene.partnership.id, file, fields);
      expect([response.status, await response.json()]).toEqual([status, { error: "formHasErrors", fieldErrors }]);
    }
    expect(await counts()).toEqual(before);
  });

  it("takes a file of exactly 10 MB and refuses one byte more with 413, writing nothing", async () => {
    const scene = await createCollabScene(database.db);
    const fits = await uploadAs(scene.viewers.nonprofit, scene.partnership.id, { bytes: documentFixtures.pdfOfSize(MAX_DOCUMENT_BYTES), name: "grande.pdf" });
    expect(fits.status).toBe(201);
    const before = await counts();
    const over = await uploadAs(scene.viewers.nonprofit, scene.partnership.id, { bytes: documentFixtures.pdfOfSize(MAX_DOCUMENT_BYTES + 1), name: "troppo.pdf" });
    expect([over.status, await over.json()]).toEqual([413, { error: "formHasErrors", fieldErrors: { file: "fileTooLarge" } }]);
    const far = await uploadAs(scene.viewers.nonprofit, scene.partnership.id, { bytes: documentFixtures.pdfOfSize(MAX_DOCUMENT_BYTES + 200 * 1024), name: "enorme.pdf" });
    expect([far.status, await far.json()]).toEqual([413, { error: "payload-too-large" }]);
    expect(await counts()).toEqual(before);
  });

  it("refuses an upload from another site's page", async () => {
    const scene = await createCollabScene(database.db);
    const before = await counts();
    const response = await uploadAs(scene.viewers.company, scene.partnership.id, { bytes: documentFixtures.pdf(), name: "a.pdf" }, { kind: "OTHER" }, { origin: "https://evil.example" });
    expect([response.status, await response.json()]).toEqual([403, { error: "forbidden" }]);
    expect(await counts()).toEqual(before);
  });

  it("lets the uploader and staff delete a document, not the other party, and records it in the history", async () => {
    const scene = await createCollabScene(database.db);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await uploadAs(scene.viewers.company, scene.partnership.id, { bytes: documentFixtures.csv(), name: `ore-${i}.csv`, type: "text/csv" }, { kind: "INVOICE" });
      ids.push(((await response.json()) as { id: string }).id);
    }
    await expect(deletePartnershipDocument(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, documentId: ids[0]! })).rejects.toBeInstanceOf(ForbiddenError);
    await deletePartnershipDocument(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, documentId: ids[0]! });
    await deletePartnershipDocument(database.db, scene.viewers.staff, { partnershipId: scene.partnership.id, documentId: ids[1]! });
    expect(await database.db.partnershipDocument.count({ where: { partnershipId: scene.partnership.id } })).toBe(0);
    expect(await database.db.storedFile.count({ where: { key: { startsWith: `documents/${scene.partnership.id}/` } } })).toBe(0);
    const deletions = await database.db.auditLog.findMany({ where: { targetId: scene.partnership.id, action: "document.delete" }, orderBy: { createdAt: "asc" } });
    expect(deletions.map((row) => [row.actorId, (row.before as { filename: string }).filename])).toEqual([
      [scene.company.user.id, "ore-0.csv"],
      [scene.staffUser.id, "ore-1.csv"],
    ]);
  });
});
