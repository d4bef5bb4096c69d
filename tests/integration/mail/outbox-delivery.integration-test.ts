import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "@/lib/mail/retry-delay";
import { startLoopbackSmtpServer } from "../../support/signup-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// The outbox's worker against a real SMTP server on loopback: down, then back up.
describe("deliverOutbox (the outbox's delivery worker)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());
  beforeEach(() => database.db.outboxEmail.deleteMany({}));

  const enqueue = async (count: number, prefix: string) => {
    for (let index = 0; index < count; index += 1) {
      await enqueueMail(database.db, { to: `${prefix}-${index}@example.it`, subject: `${prefix} ${index}`, text: `Testo ${index}` });
    }
  };

  it("keeps every message pending while the mail server is down, then delivers each exactly once when it is back", async () => {
    await enqueue(5, "retry");
    // A port where a mail server listened and now nothing does.
    const first = await startLoopbackSmtpServer();
    await first.close();
    const start = new Date();

    const down = await deliverOutbox(database.db, { smtpUrl: first.url, now: start });
    expect(down).toEqual({ claimed: 5, sent: 0, retrying: 5, failed: 0 });
    const waiting = await database.db.outboxEmail.findMany({ select: { status: true, attempts: true, nextAttemptAt: true, lastError: true, lockedAt: true } });
    for (const row of waiting) {
      expect(row).toMatchObject({ status: "PENDING", attempts: 1, lockedAt: null, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
      expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelayMs(1));
    }
    // Before the next attempt is due nothing is tried again.
    expect(await deliverOutbox(database.db, { smtpUrl: first.url, now: new Date(start.getTime() + 30_000) })).toMatchObject({ claimed: 0 });

    const smtp = await startLoopbackSmtpServer(first.port);
    try {
      const later = new Date(start.getTime() + retryDelayMs(1) + 1_000);
      const up = await deliverOutbox(database.db, { smtpUrl: smtp.url, now: later });
      expect(up).toEqual({ claimed: 5, sent: 5, retrying: 0, failed: 0 });
      // Another run finds nothing more to send.
      expect(await deliverOutbox(database.db, { smtpUrl: smtp.url, now: new Date(later.getTime() + 3_600_000) })).toMatchObject({ claimed: 0 });
      const recipients = smtp.received.flatMap((mail) => mail.to).sort();
      expect(recipients).toEqual(["retry-0@example.it", "retry-1@example.it", "retry-2@example.it", "retry-3@example.it", "retry-4@example.it"]);
      const rows = await database.db.outboxEmail.findMany({ select: { status: true, attempts: true, sentAt: true, lastError: true } });
      expect(rows.every((row) => row.status === "SENT" && row.attempts === 2 && row.sentAt && row.lastError === null)).toBe(true);
    } finally {
      await smtp.close();
    }
  });

  it("delivers each message once when two workers run at the same time", async () => {
    await enqueue(12, "race");
    const smtp = await startLoopbackSmtpServer();
    try {
      const [a, b] = await Promise.all([
        deliverOutbox(database.db, { smtpUrl: smtp.url, batchSize: 5 }),
        deliverOutbox(database.db, { smtpUrl: smtp.url, batchSize: 5 }),
      ]);
      const c = await deliverOutbox(database.db, { smtpUrl: smtp.url, batchSize: 5 });
      expect(a.sent + b.sent + c.sent).toBe(12);
      const recipients = smtp.received.flatMap((mail) => mail.to);
      expect(recipients).toHaveLength(12);
      expect(new Set(recipients).size).toBe(12);
      expect(await database.db.outboxEmail.count({ where: { status: "SENT" } })).toBe(12);
    } finally {
      await smtp.close();
    }
  });

  it("gives up after the last allowed attempt and marks the message FAILED", async () => {
    await enqueue(1, "hopeless");
    await database.db.outboxEmail.updateMany({ data: { attempts: MAX_DELIVERY_ATTEMPTS - 1 } });
    const gone = await startLoopbackSmtpServer();
    await gone.close();
    expect(await deliverOutbox(database.db, { smtpUrl: gone.url })).toEqual({ claimed: 1, sent: 0, retrying: 0, failed: 1 });
    expect(await database.db.outboxEmail.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS, sentAt: null });
    // A failed message is never tried again.
    expect(await deliverOutbox(database.db, { smtpUrl: gone.url, now: new Date(Date.now() + 86_400_000) })).toMatchObject({ claimed: 0 });
  });

  it("takes over a claim left by a worker that died mid-send", async () => {
    await enqueue(1, "orphan");
    const longAgo = new Date(Date.now() - 11 * 60_000);
    await database.db.outboxEmail.updateMany({ data: { status: "SENDING", lockedAt: longAgo, attempts: 1 } });
    const smtp = await startLoopbackSmtpServer();
    try {
      expect(await deliverOutbox(database.db, { smtpUrl: smtp.url })).toMatchObject({ claimed: 1, sent: 1 });
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("sends nothing without SMTP_URL: messages stay in the outbox", async () => {
    await enqueue(2, "kept");
    expect(await deliverOutbox(database.db, { smtpUrl: undefined })).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0 });
    expect(await database.db.outboxEmail.count({ where: { status: "PENDING", attempts: 0 } })).toBe(2);
  });

  it("waits 1, 2, 4 … minutes between tries, at most two hours", () => {
    expect([1, 2, 3, 4, 8, 20].map((attempts) => retryDelayMs(attempts) / 60_000)).toEqual([1, 2, 4, 8, 120, 120]);
  });
});
