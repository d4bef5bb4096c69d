import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { sendPasswordResetMail } from "@/lib/signup/signup-mail";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("the e-mail preferences link at the end of every e-mail", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const lastTextTo = async (to: string) => (await database.db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } })).text;

  it("leads a partner to the workspace page and staff to the staff page, in the recipient's language", async () => {
    const partner = await createUser(database.db);
    await database.db.user.update({ where: { id: partner.id }, data: { locale: "en" } });
    const staff = await createUser(database.db, { role: "STAFF" });

    await enqueueMail(database.db, { to: partner.email, subject: "Hi", text: "Body" });
    expect(await lastTextTo(partner.email)).toMatch(/^Body\n\n-- \nChoose which e-mails you get from Insieme: http\S+\/workspace\/notifications\/preferences$/);
    await enqueueMail(database.db, { to: staff.email, subject: "Ciao", text: "Testo" });
    expect(await lastTextTo(staff.email)).toMatch(/Scegli quali e-mail ricevere da Insieme: http\S+\/staff\/notifications\/preferences$/);
  });

  it("is also on account e-mails, which no preference can turn off, and on e-mails to addresses without an account", async () => {
    const person = await createUser(database.db);
    await sendPasswordResetMail(database.db, { email: person.email, name: person.name, locale: "it" }, "token");
    expect(await lastTextTo(person.email)).toMatch(/\/reset-password\?token=token[\s\S]*\/workspace\/notifications\/preferences$/);

    await enqueueMail(database.db, { to: "nuovo@example.it", subject: "Invito", text: "Unisciti", locale: "en" });
    expect(await lastTextTo("nuovo@example.it")).toContain("Choose which e-mails you get from Insieme:");
  });
});
