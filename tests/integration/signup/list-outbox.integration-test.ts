import { ForbiddenError } from "@/lib/errors";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/mail/list-outbox";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("listOutbox (staff read the mail the platform sent)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (let index = 0; index < OUTBOX_PAGE_SIZE + 3; index += 1) {
      await enqueueMail(database.db, { to: `persona-${index}@example.it`, subject: `Messaggio ${index}`, text: `Testo ${index}` });
    }
  });
  afterAll(() => database.cleanup());

  it("shows staff the newest mail first, fifty to a page", async () => {
    const staff = await createUser(database.db, { role: "STAFF" });
    const first = await listOutbox(database.db, staff);
    expect(first).toMatchObject({ total: OUTBOX_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(first.items[0]).toMatchObject({ to: `persona-${OUTBOX_PAGE_SIZE + 2}@example.it`, subject: `Messaggio ${OUTBOX_PAGE_SIZE + 2}`, status: "PENDING", attempts: 0, lastError: null });
    const second = await listOutbox(database.db, staff, { page: 2 });
    expect(second.items.map((item) => item.subject)).toEqual(["Messaggio 2", "Messaggio 1", "Messaggio 0"]);
    // A page past the end shows the last one.
    expect((await listOutbox(database.db, staff, { page: 99 })).page).toBe(2);
  });

  it("finds mail by recipient or subject, and by status, from URL-like parameters", async () => {
    const staff = await createUser(database.db, { role: "STAFF" });
    await database.db.outboxEmail.updateMany({ where: { to: "persona-7@example.it" }, data: { status: "FAILED", attempts: 8, lastError: "550 no such user" } });
    const byRecipient = await listOutbox(database.db, staff, { q: "PERSONA-7@" });
    expect(byRecipient.items.map((item) => item.to)).toEqual(["persona-7@example.it"]);
    const bySubject = await listOutbox(database.db, staff, { q: "Messaggio 1" });
    expect(bySubject.total).toBe(11); // "Messaggio 1" and "Messaggio 10" to "Messaggio 19"
    const failed = await listOutbox(database.db, staff, { status: "FAILED" });
    expect(failed.items).toEqual([expect.objectContaining({ to: "persona-7@example.it", status: "FAILED", attempts: 8, lastError: "550 no such user" })]);
    // Malformed parameters mean "no filter" and page 1, never an error.
    const lenient = await listOutbox(database.db, staff, { status: "DELETED", page: "abc", q: ["", "x"] });
    expect(lenient).toMatchObject({ total: OUTBOX_PAGE_SIZE + 3, page: 1, query: { status: undefined, q: undefined } });
  });

  it("lets administrators in too, and refuses partners", async () => {
    const admin = await createUser(database.db, { role: "ADMIN" });
    const partner = await createUser(database.db);
    await expect(listOutbox(database.db, admin)).resolves.toMatchObject({ total: OUTBOX_PAGE_SIZE + 3 });
    await expect(listOutbox(database.db, partner)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
