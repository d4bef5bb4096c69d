import { randomUUID } from "node:crypto";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { revokeAllSessions, revokeSession } from "@/lib/auth/revoke-session";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("loadSessionUser (every request re-checks the session)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  async function signedIn() {
    const user = await createUser(database.db);
    return { user, claims: { userId: user.id, sessionVersion: user.sessionVersion, sessionId: randomUUID() } };
  }

  it("returns the user without any secret field", async () => {
    const { user, claims } = await signedIn();
    expect(await loadSessionUser(database.db, claims)).toEqual({ id: user.id, email: user.email, name: user.name, role: "PARTNER" });
  });

  it("refuses a session of a user disabled since login", async () => {
    const { user, claims } = await signedIn();
    await database.db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await loadSessionUser(database.db, claims)).toBeNull();
  });

  it("refuses a session after 'sign out everywhere'", async () => {
    const { user, claims } = await signedIn();
    await revokeAllSessions(database.db, user.id);
    expect(await loadSessionUser(database.db, claims)).toBeNull();
  });

  it("refuses a logged-out session but keeps the user's other sessions", async () => {
    const { claims } = await signedIn();
    const otherDevice = { ...claims, sessionId: randomUUID() };
    await revokeSession(database.db, claims.sessionId, new Date(Date.now() + 60_000));
    expect(await loadSessionUser(database.db, claims)).toBeNull();
    expect(await loadSessionUser(database.db, otherDevice)).not.toBeNull();
  });

  it("sees a role change on the next request", async () => {
    const { user, claims } = await signedIn();
    await database.db.user.update({ where: { id: user.id }, data: { role: "STAFF" } });
    expect((await loadSessionUser(database.db, claims))?.role).toBe("STAFF");
  });

  it("refuses a session of a deleted user", async () => {
    const { user, claims } = await signedIn();
    await database.db.user.delete({ where: { id: user.id } });
    expect(await loadSessionUser(database.db, claims)).toBeNull();
  });
});
