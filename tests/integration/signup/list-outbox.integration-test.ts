import { ForbiddenError } from "@/lib/errors";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/mail/list-outbox";
import { sendMail } from "@/lib/mail/send-mail";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("listOutbox (staff read the mail the platform sent)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (let index = 0; index < OUTBOX_PAGE_SIZE + 3; index += 1) {
      await sendMail(database.db, { to: `persona-${index}@example.it`, subject: `Messaggio ${index}`, text: `Testo ${index}` });
    }
  });
  afterAll(() => database.cleanup());

  it("shows staff the newest mail first, fifty to a page", async () => {
    const staff = await createUser(database.db, { role: "STAFF" });
    const first = await listOutbox(database.db, staff);
    expect(first).toMatchObject({ total: OUTBOX_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(first.items[0]).toMatchObject({ to: `persona-${OUTBOX_PAGE_SIZE + 2}@example.it`, subject: `Messaggio ${OUTBOX_PAGE_SIZE + 2}`, transport: "outbox", error: null });
    const second = await listOutbox(database.db, staff, { page: 2 });
    expect(second.items.map((item) => item.subject)).toEqual(["Messaggio 2", "Messaggio 1", "Messaggio 0"]);
    // A page past the end shows the last one.
    expect((await listOutbox(database.db, staff, { page: 99 })).page).toBe(2);
  });

  it("lets administrators in too, and refuses partners", async () => {
    const admin = await createUser(database.db, { role: "ADMIN" });
    const partner = await createUser(database.db);
    await expect(listOutbox(database.db, admin)).resolves.toMatchObject({ total: OUTBOX_PAGE_SIZE + 3 });
    await expect(listOutbox(database.db, partner)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
