import { createPartnerUser, createPartnership, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// The board's undo endpoint through real Requests: the move's own answer names it
// (moveId); the undo restores the card, a second undo is a conflict, a cross-site request
// never reaches it. The session guard is replaced by a fixed staff user.

let staff: Awaited<ReturnType<typeof createUser>>;
jest.mock("@/lib/auth/guards", () => ({ requireStaff: async () => staff }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const SITE = "http://localhost:3000";

describe("POST /staff/board/undo", () => {
  let database: TestDatabase;
  let move: (request: Request) => Promise<Response>;
  let undo: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    database = await createTestDatabase();
    delete process.env.NEXTAUTH_URL;
    process.env.PORT = "3000";
    staff = await createUser(database.db, { role: "STAFF" });
    ({ POST: move } = await import("@/app/(staff)/staff/board/move/route"));
    ({ POST: undo } = await import("@/app/(staff)/staff/board/undo/route"));
  });
  afterAll(() => database.cleanup());

  const post = (path: string, body: unknown, origin = SITE) =>
    new Request(`${SITE}${path}`, { method: "POST", body: JSON.stringify(body), headers: { host: "localhost:3000", origin, "content-type": "application/json" } });

  it("undoes the move its answer named, once; refuses another site and a malformed body", async () => {
    const company = await createPartnerUser(database.db, "COMPANY");
    const nonprofit = await createPartnerUser(database.db, "NONPROFIT");
    const partnership = await createPartnership(database.db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id });
    const moved = await move(post("/staff/board/move", { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 }));
    const { moveId } = (await moved.json()) as { moveId: string };

    expect((await undo(post("/staff/board/undo", { partnershipId: partnership.id, moveId }, "https://evil.example"))).status).toBe(403);
    expect((await undo(post("/staff/board/undo", { partnershipId: partnership.id }))).status).toBe(400);
    const undone = await undo(post("/staff/board/undo", { partnershipId: partnership.id, moveId }));
    expect([undone.status, await undone.json()]).toEqual([200, { id: partnership.id, moveId, phase: "PLANNING", position: expect.any(Number), version: 0 }]);
    expect((await undo(post("/staff/board/undo", { partnershipId: partnership.id, moveId }))).status).toBe(409);
    expect(await database.db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { phase: true, version: true } })).toEqual({ phase: "PLANNING", version: 0 });
  });
});
