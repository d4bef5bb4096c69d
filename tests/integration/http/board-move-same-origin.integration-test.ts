import { createPartnerUser, createPartnership, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// The board's move endpoint, called as a browser would through a real Request: only a
// same-origin JSON body of a sane size reaches the move; anything else is refused before
// it, and the partnership stays as it was. The session guard is replaced by a fixed staff
// user; the route, the body checks, the service and the database are real.

let staff: Awaited<ReturnType<typeof createUser>>;
jest.mock("@/lib/auth/guards", () => ({ requireStaff: async () => staff }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const SITE = "http://localhost:3000";

describe("POST /staff/board/move", () => {
  let database: TestDatabase;
  let POST: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    database = await createTestDatabase();
    delete process.env.NEXTAUTH_URL;
    process.env.PORT = "3000";
    staff = await createUser(database.db, { role: "STAFF" });
    ({ POST } = await import("@/app/(staff)/staff/board/move/route"));
  });
  afterAll(() => database.cleanup());

  async function aPartnership() {
    const company = await createPartnerUser(database.db, "COMPANY");
    const nonprofit = await createPartnerUser(database.db, "NONPROFIT");
    return createPartnership(database.db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id });
  }
  const moveOf = (id: string) => ({
    partnershipId: id,
    fromPhase: "PLANNING",
    toPhase: "NEGOTIATION",
    expectedVersion: 0,
    reason: "Spostata dal test di origine",
  });
  const request = (body: string, headers: Record<string, string>) =>
    new Request(`${SITE}/staff/board/move`, { method: "POST", body, headers: { host: "localhost:3000", ...headers } });
  const stateOf = (id: string) => database.db.partnership.findUniqueOrThrow({ where: { id }, select: { phase: true, version: true } });

  it("moves the card for a same-origin JSON request (the control)", async () => {
    const partnership = await aPartnership();
    const response = await POST(request(JSON.stringify(moveOf(partnership.id)), { origin: SITE, "content-type": "application/json" }));
    expect(response.status).toBe(200);
    expect(await stateOf(partnership.id)).toEqual({ phase: "NEGOTIATION", version: 1 });
  });

  it.each([
    ["another site's Origin", { origin: "https://evil.example", "content-type": "application/json" }, 403, "forbidden"],
    ["no Origin", { "content-type": "application/json" }, 403, "forbidden"],
    ["an opaque Origin", { origin: "null", "content-type": "application/json" }, 403, "forbidden"],
    ["a text/plain body", { origin: SITE, "content-type": "text/plain;charset=UTF-8" }, 415, "unsupported-media-type"],
    ["a form body", { origin: SITE, "content-type": "application/x-www-form-urlencoded" }, 415, "unsupported-media-type"],
  ])("refuses %s and leaves the partnership unchanged", async (_name, headers, status, error) => {
    const partnership = await aPartnership();
    const response = await POST(request(JSON.stringify(moveOf(partnership.id)), headers));
    expect([response.status, await response.json()]).toEqual([status, { error }]);
    expect(await stateOf(partnership.id)).toEqual({ phase: "PLANNING", version: 0 });
  });

  it("refuses a body over 64 KiB with 413, whatever its Content-Length says", async () => {
    const partnership = await aPartnership();
    const huge = JSON.stringify({ ...moveOf(partnership.id), padding: "x".repeat(70 * 1024) });
    const response = await POST(request(huge, { origin: SITE, "content-type": "application/json" }));
    expect(response.status).toBe(413);
    // A streamed body with no Content-Length is cut off while it is read.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge));
        controller.close();
      },
    });
    const streamed = new Request(`${SITE}/staff/board/move`, {
      method: "POST",
      body: stream,
      headers: { host: "localhost:3000", origin: SITE, "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect((await POST(streamed)).status).toBe(413);
    expect(await stateOf(partnership.id)).toEqual({ phase: "PLANNING", version: 0 });
  });

  it("answers 400 to a body that is not JSON", async () => {
    const partnership = await aPartnership();
    const response = await POST(request("{partnershipId:", { origin: SITE, "content-type": "application/json" }));
    expect([response.status, await response.json()]).toEqual([400, { error: "invalid-json" }]);
    expect(await stateOf(partnership.id)).toEqual({ phase: "PLANNING", version: 0 });
  });

  it("accepts the Origin of the Host the request was addressed to", async () => {
    const partnership = await aPartnership();
    const response = await POST(
      new Request("http://127.0.0.1:3000/staff/board/move", {
        method: "POST",
        body: JSON.stringify(moveOf(partnership.id)),
        headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "content-type": "application/json" },
      }),
    );
    expect(response.status).toBe(200);
  });
});
