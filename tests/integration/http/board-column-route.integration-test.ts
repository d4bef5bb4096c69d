import { createBoardOrganization, createBoardPartnership } from "../../support/board-builders";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// The board's column pages through real Requests: staff read a column after its cursor,
// with the board's filters; a partner is refused by the service itself (the session guard
// is replaced by whoever `caller` is), and a bad page is a 400, never a 500.

let caller: Awaited<ReturnType<typeof createUser>>;
jest.mock("@/lib/auth/guards", () => ({ requireStaff: async () => caller }));
jest.mock("@/lib/i18n/request-locale", () => ({ getRequestLocale: async () => "it" }));

const SITE = "http://localhost:3000";
type Page = { cards: { id: string; title: string; company: string; ownerId: string | null }[]; nextCursor: string | null };

describe("GET /staff/board/column", () => {
  let database: TestDatabase;
  let get: (request: Request) => Promise<Response>;
  let staff: Awaited<ReturnType<typeof createUser>>;
  const ids: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    staff = await createUser(database.db, { role: "STAFF" });
    const companyId = (await createBoardOrganization(database.db, "COMPANY", { name: "Officina Lomellina" })).id;
    const nonprofitId = (await createBoardOrganization(database.db, "NONPROFIT")).id;
    for (let index = 0; index < 5; index += 1) {
      ids.push((await createBoardPartnership(database.db, { title: `Scheda ${index}`, phase: "DISCONTINUED", companyId, nonprofitId, staffOwnerId: index < 2 ? staff.id : null })).id);
    }
    ({ GET: get } = await import("@/app/(staff)/staff/board/column/route"));
  });
  afterAll(() => database.cleanup());

  const read = async (query: string) => {
    const response = await get(new Request(`${SITE}/staff/board/column?${query}`, { headers: { host: "localhost:3000" } }));
    return { status: response.status, body: (await response.json()) as Page & { error?: string } };
  };

  it("answers a page of cards as the board shows them, and the next page after its cursor", async () => {
    caller = staff;
    const first = await read("phase=DISCONTINUED&limit=3");
    expect(first.status).toBe(200);
    expect(first.body.cards.map((card) => card.id)).toEqual(ids.slice(0, 3));
    expect(first.body.cards[0]).toMatchObject({ title: "Scheda 0", company: "Officina Lomellina", ownerId: staff.id });
    const rest = await read(`phase=DISCONTINUED&limit=3&after=${first.body.nextCursor}`);
    expect([rest.body.cards.map((card) => card.id), rest.body.nextCursor]).toEqual([ids.slice(3), null]);
    // The board's filters travel with the page.
    const mine = await read("phase=DISCONTINUED&owner=mine");
    expect(mine.body.cards.map((card) => card.id)).toEqual(ids.slice(0, 2));
  });

  it("refuses a partner, and answers a bad page with a 400", async () => {
    caller = await createUser(database.db, { role: "PARTNER" });
    expect((await read("phase=DISCONTINUED")).status).toBe(403);
    caller = staff;
    expect((await read("phase=NOWHERE")).status).toBe(400);
    expect((await read("phase=PLANNING&limit=0")).status).toBe(400);
    expect((await read("phase=PLANNING&limit=abc")).status).toBe(400);
    expect((await read("phase=PLANNING&after=%27%3B--")).status).toBe(400);
  });
});
