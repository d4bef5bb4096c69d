import { listSecurityEvents } from "@/lib/audit/list-security-events";
import { authenticate } from "@/lib/auth/authenticate";
import { ForbiddenError } from "@/lib/errors";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("security events in the audit log", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("records logins that succeed and fail with the address, never the password, and lets only staff read them", async () => {
    const db = database.db;
    const user = await createUser(db);
    const staff = await createUser(db, { role: "STAFF" });
    await authenticate(db, { email: user.email, password: "una-password-sbagliata" }, "203.0.113.7");
    await authenticate(db, { email: user.email, password: user.password }, "203.0.113.8");

    const events = await listSecurityEvents(db, { id: staff.id, role: "STAFF" }, { userId: user.id });
    expect(events.map(({ action, actorId, targetId, ipAddress }) => ({ action, actorId, targetId, ipAddress }))).toEqual([
      { action: "auth.login-succeeded", actorId: user.id, targetId: user.id, ipAddress: "203.0.113.8" },
      { action: "auth.login-failed", actorId: null, targetId: user.id, ipAddress: "203.0.113.7" },
    ]);
    const stored = JSON.stringify(await db.auditLog.findMany());
    expect(stored).not.toContain("una-password-sbagliata");
    expect(stored).not.toContain(user.password);

    const failedOnly = await listSecurityEvents(db, { id: staff.id, role: "STAFF" }, { action: "auth.login-failed", from: new Date(Date.now() - 60_000) });
    expect(failedOnly.map((event) => event.action)).toEqual(["auth.login-failed"]);
    await expect(listSecurityEvents(db, { id: user.id, role: "PARTNER" }, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
