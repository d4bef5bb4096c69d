import { purgeExpiredRecords } from "@/lib/jobs/purge-expired-records";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("purgeExpiredRecords", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("drops what has outlived its purpose and keeps what is still in use", async () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    const user = await createUser(database.db);
    await database.db.rateLimitBucket.createMany({
      data: [
        { key: "login-failure:ip:203.0.113.5", count: 3, windowStart: hoursAgo(30) },
        { key: "login-failure:ip:203.0.113.6", count: 1, windowStart: hoursAgo(1) },
      ],
    });
    await database.db.revokedSession.createMany({
      data: [
        { sessionId: "ended", expiresAt: hoursAgo(1) },
        { sessionId: "still-valid-cookie", expiresAt: hoursAgo(-2) },
      ],
    });
    await database.db.emailToken.createMany({
      data: [
        { userId: user.id, purpose: "RESET_PASSWORD", tokenHash: "old", expiresAt: hoursAgo(24 * 8) },
        { userId: user.id, purpose: "VERIFY_EMAIL", tokenHash: "recent", expiresAt: hoursAgo(24) },
      ],
    });

    await database.db.invitation.createMany({
      data: [
        { email: "vecchio@example.it", staffRole: "STAFF", tokenHash: "invitation-old", expiresAt: hoursAgo(24 * 31), acceptedAt: hoursAgo(24 * 36) },
        { email: "recente@example.it", staffRole: "STAFF", tokenHash: "invitation-recent", expiresAt: hoursAgo(24 * 29) },
      ],
    });

    await expect(purgeExpiredRecords(database.db, now)).resolves.toEqual({ rateLimits: 1, revokedSessions: 1, emailTokens: 1, invitations: 1 });
    expect((await database.db.rateLimitBucket.findMany()).map((row) => row.key)).toEqual(["login-failure:ip:203.0.113.6"]);
    expect((await database.db.revokedSession.findMany()).map((row) => row.sessionId)).toEqual(["still-valid-cookie"]);
    expect((await database.db.emailToken.findMany()).map((row) => row.tokenHash)).toEqual(["recent"]);
    expect((await database.db.invitation.findMany()).map((row) => row.email)).toEqual(["recente@example.it"]);
    // Running again finds nothing more to do.
    await expect(purgeExpiredRecords(database.db, now)).resolves.toEqual({ rateLimits: 0, revokedSessions: 0, emailTokens: 0, invitations: 0 });
  });
});
