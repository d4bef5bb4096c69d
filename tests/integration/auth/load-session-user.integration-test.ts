import { randomUUID } from "node:crypto";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { revokeAllSessions, revokeSession } from "@/lib/auth/revoke-session";
import { purgeExpiredRecords } from "@/lib/jobs/purge-expired-records";
import { absoluteEndOf, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
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
    const authTime = Math.floor(Date.now() / 1000);
    return { user, claims: { userId: user.id, sessionVersion: user.sessionVersion, sessionId: randomUUID(), authTime, lastUse: authTime } };
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

  describe("idle and absolute limits (a moved clock)", () => {
    const HOUR = 3_600_000;

    it("ends a session unused for more than 8 hours", async () => {
      const { claims } = await signedIn();
      const lastUse = claims.lastUse * 1000;
      expect(await loadSessionUser(database.db, claims, new Date(lastUse + SESSION_IDLE_SECONDS * 1000 - 60_000))).not.toBeNull();
      expect(await loadSessionUser(database.db, claims, new Date(lastUse + SESSION_IDLE_SECONDS * 1000 + 60_000))).toBeNull();
    });

    it("ends a session 7 days after login however often it was used", async () => {
      const { claims } = await signedIn();
      const end = absoluteEndOf(claims.authTime).getTime();
      expect(end - claims.authTime * 1000).toBe(7 * 24 * HOUR);
      // Used an hour ago, every hour since login: the idle limit alone would keep it.
      const justBefore = new Date(end - 60_000);
      const justAfter = new Date(end + 60_000);
      const lastUseSeconds = (at: Date) => Math.floor((at.getTime() - HOUR) / 1000);
      expect(await loadSessionUser(database.db, { ...claims, lastUse: lastUseSeconds(justBefore) }, justBefore)).not.toBeNull();
      expect(await loadSessionUser(database.db, { ...claims, lastUse: lastUseSeconds(justAfter) }, justAfter)).toBeNull();
    });

    it("refuses a cookie from before the limits existed (no login time)", async () => {
      const { claims } = await signedIn();
      expect(await loadSessionUser(database.db, { ...claims, authTime: undefined })).toBeNull();
    });

    it("keeps a logged-out session refused after the purge job, until its absolute end", async () => {
      const { claims } = await signedIn();
      await revokeSession(database.db, claims.sessionId, absoluteEndOf(claims.authTime));
      // The next day, a stolen copy of the cookie refreshed every few hours comes back.
      const nextDay = new Date(claims.authTime * 1000 + 24 * HOUR);
      await purgeExpiredRecords(database.db, nextDay);
      const replay = { ...claims, lastUse: Math.floor(nextDay.getTime() / 1000) - 60 };
      expect(await loadSessionUser(database.db, replay, nextDay)).toBeNull();
      // After its absolute end the row may go: the limit refuses the cookie by itself.
      const afterEnd = new Date(absoluteEndOf(claims.authTime).getTime() + 60_000);
      await purgeExpiredRecords(database.db, afterEnd);
      expect(await database.db.revokedSession.count({ where: { sessionId: claims.sessionId } })).toBe(0);
      expect(await loadSessionUser(database.db, { ...claims, lastUse: Math.floor(afterEnd.getTime() / 1000) - 60 }, afterEnd)).toBeNull();
    });
  });
});
