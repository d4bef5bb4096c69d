import { purgeExpiredRecords } from "@/lib/jobs/purge-expired-records";
import { RETENTION } from "@/lib/privacy/retention";
import { createOrganization, createPartnership, createPartnerUser, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// The privacy notice quotes RETENTION; these tests move the clock to each promised time and
// check the job erases the record then, and not a minute before.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function addMonths(date: Date, months: number): Date {
  const moved = new Date(date);
  moved.setUTCMonth(moved.getUTCMonth() + months);
  return moved;
}

describe("purgeExpiredRecords", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const start = new Date("2026-03-10T09:00:00Z");
  /** Runs the job just before and just after `promised`, returning whether `exists()` survived each run. */
  async function erasedAt(promised: Date, exists: () => Promise<boolean>): Promise<{ before: boolean; after: boolean }> {
    await purgeExpiredRecords(database.db, new Date(promised.getTime() - MINUTE));
    const before = await exists();
    await purgeExpiredRecords(database.db, new Date(promised.getTime() + MINUTE));
    return { before, after: await exists() };
  }

  it(`keeps rate-limit counters ${RETENTION.rateLimitCounterHours} hours from the start of their window`, async () => {
    await database.db.rateLimitBucket.create({ data: { key: "login-failure:ip:203.0.113.5", count: 3, windowStart: start } });
    const exists = async () => (await database.db.rateLimitBucket.count({ where: { key: "login-failure:ip:203.0.113.5" } })) === 1;
    await expect(erasedAt(new Date(start.getTime() + RETENTION.rateLimitCounterHours * HOUR), exists)).resolves.toEqual({ before: true, after: false });
  });

  it(`keeps e-mail links ${RETENTION.emailLinkDaysAfterExpiry} days after they expire`, async () => {
    const user = await createUser(database.db);
    await database.db.emailToken.create({ data: { userId: user.id, purpose: "CHANGE_EMAIL", newEmail: "nuovo@example.it", tokenHash: "change-link", expiresAt: start } });
    const exists = async () => (await database.db.emailToken.count({ where: { tokenHash: "change-link" } })) === 1;
    await expect(erasedAt(new Date(start.getTime() + RETENTION.emailLinkDaysAfterExpiry * DAY), exists)).resolves.toEqual({ before: true, after: false });
  });

  it(`keeps invitations ${RETENTION.invitationDaysAfterExpiry} days after their link expires`, async () => {
    const organization = await createOrganization(database.db, "NONPROFIT");
    await database.db.invitation.create({
      data: { email: "collega@example.it", organizationId: organization.id, membershipRole: "MEMBER", tokenHash: "invite-link", expiresAt: start },
    });
    const exists = async () => (await database.db.invitation.count({ where: { tokenHash: "invite-link" } })) === 1;
    await expect(erasedAt(new Date(start.getTime() + RETENTION.invitationDaysAfterExpiry * DAY), exists)).resolves.toEqual({ before: true, after: false });
  });

  it(`keeps sent and failed e-mails ${RETENTION.sentEmailDays} days, and never drops one still waiting`, async () => {
    const sent = await database.db.outboxEmail.create({ data: { to: "anna@example.it", subject: "s", text: "t", status: "SENT", createdAt: start }, select: { id: true } });
    const waiting = await database.db.outboxEmail.create({ data: { to: "bruno@example.it", subject: "s", text: "t", status: "PENDING", createdAt: start }, select: { id: true } });
    const exists = async () => (await database.db.outboxEmail.count({ where: { id: sent.id } })) === 1;
    await expect(erasedAt(new Date(start.getTime() + RETENTION.sentEmailDays * DAY), exists)).resolves.toEqual({ before: true, after: false });
    expect(await database.db.outboxEmail.count({ where: { id: waiting.id } })).toBe(1);
  });

  it(`keeps the record of a sent digest ${RETENTION.sentEmailDays} days, like the e-mail itself`, async () => {
    const user = await createUser(database.db);
    const digest = await database.db.emailDigest.create({ data: { userId: user.id, day: start, createdAt: start }, select: { id: true } });
    const exists = async () => (await database.db.emailDigest.count({ where: { id: digest.id } })) === 1;
    await expect(erasedAt(new Date(start.getTime() + RETENTION.sentEmailDays * DAY), exists)).resolves.toEqual({ before: true, after: false });
  });

  it(`keeps the audit log ${RETENTION.auditLogMonths} months`, async () => {
    const row = await database.db.auditLog.create({ data: { action: "auth.login-failed", targetType: "User", targetId: "x", ipAddress: "203.0.113.9", createdAt: start }, select: { id: true } });
    const exists = async () => (await database.db.auditLog.count({ where: { id: row.id } })) === 1;
    await expect(erasedAt(addMonths(start, RETENTION.auditLogMonths), exists)).resolves.toEqual({ before: true, after: false });
  });

  it("drops a revoked session once its cookie would have expired", async () => {
    await database.db.revokedSession.create({ data: { sessionId: "ended-session", expiresAt: start } });
    const exists = async () => (await database.db.revokedSession.count({ where: { sessionId: "ended-session" } })) === 1;
    await expect(erasedAt(start, exists)).resolves.toEqual({ before: true, after: false });
  });

  it(`erases an ended partnership ${RETENTION.endedPartnershipYears} years after it ended, with its messages and agreement, and keeps a running one`, async () => {
    const company = await createOrganization(database.db, "COMPANY");
    const nonprofit = await createOrganization(database.db, "NONPROFIT");
    const ended = await createPartnership(database.db, { companyId: company.id, nonprofitId: nonprofit.id }, "COMPLETED");
    await database.db.partnership.update({ where: { id: ended.id }, data: { endedAt: start } });
    await database.db.partnershipMessage.create({ data: { partnershipId: ended.id, body: "Grazie a tutti" } });
    const running = await createPartnership(database.db, { companyId: company.id, nonprofitId: nonprofit.id }, "MANAGEMENT");
    const exists = async () => (await database.db.partnership.count({ where: { id: ended.id } })) === 1;
    await expect(erasedAt(addMonths(start, RETENTION.endedPartnershipYears * 12), exists)).resolves.toEqual({ before: true, after: false });
    expect(await database.db.partnershipMessage.count({ where: { partnershipId: ended.id } })).toBe(0);
    expect(await database.db.partnership.count({ where: { id: running.id } })).toBe(1);
  });

  it(`erases a closed organisation ${RETENTION.closedOrganizationMonths} months after closure: contacts, questionnaire, its only members' accounts; its name stays while a partnership names it`, async () => {
    const { user: owner, organization } = await createPartnerUser(database.db, "NONPROFIT");
    // A colleague who also belongs to another organisation keeps the account.
    const other = await createOrganization(database.db, "NONPROFIT");
    const colleague = await createUser(database.db);
    await database.db.membership.createMany({
      data: [
        { userId: colleague.id, organizationId: organization.id, role: "MEMBER" },
        { userId: colleague.id, organizationId: other.id, role: "OWNER" },
      ],
    });
    const company = await createOrganization(database.db, "COMPANY");
    const partnership = await createPartnership(database.db, { companyId: company.id, nonprofitId: organization.id }, "DISCONTINUED");
    await database.db.partnership.update({ where: { id: partnership.id }, data: { endedAt: start } });
    await database.db.organization.update({
      where: { id: organization.id },
      data: { contactName: "Anna Referente", contactEmail: "anna@ente.it", contactPhone: "0382 123456", closureRequestedAt: start, closedAt: start, status: "SUSPENDED" },
    });
    await database.db.organizationProfile.create({ data: { organizationId: organization.id, data: { mission: "Aiutare" } } });
    await database.db.interest.create({ data: { fromOrganizationId: company.id, toOrganizationId: organization.id, message: "Ciao", expiresAt: start } });

    const ownerExists = async () => (await database.db.user.count({ where: { id: owner.id } })) === 1;
    await expect(erasedAt(addMonths(start, RETENTION.closedOrganizationMonths), ownerExists)).resolves.toEqual({ before: true, after: false });

    const erased = await database.db.organization.findUniqueOrThrow({ where: { id: organization.id } });
    expect(erased).toMatchObject({ name: organization.name, taxCode: null, contactName: null, contactEmail: null, contactPhone: null });
    expect(erased.erasedAt).not.toBeNull();
    expect(await database.db.organizationProfile.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await database.db.interest.count({ where: { toOrganizationId: organization.id } })).toBe(0);
    expect(await database.db.membership.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await database.db.user.count({ where: { id: colleague.id } })).toBe(1);
    expect(await database.db.auditLog.count({ where: { action: "organization.erase", targetId: organization.id } })).toBe(1);

    // Once the partnership's own retention ends, nothing names the organisation and its row goes.
    await purgeExpiredRecords(database.db, new Date(addMonths(start, RETENTION.endedPartnershipYears * 12).getTime() + MINUTE));
    expect(await database.db.organization.count({ where: { id: organization.id } })).toBe(0);
  });

  it("leaves an organisation whose closure was only asked for, not confirmed", async () => {
    const { user, organization } = await createPartnerUser(database.db, "COMPANY");
    await database.db.organization.update({ where: { id: organization.id }, data: { closureRequestedAt: start } });
    await purgeExpiredRecords(database.db, addMonths(start, 10 * 12 + RETENTION.closedOrganizationMonths + 1));
    expect(await database.db.organization.findUniqueOrThrow({ where: { id: organization.id }, select: { erasedAt: true } })).toEqual({ erasedAt: null });
    expect(await database.db.user.count({ where: { id: user.id } })).toBe(1);
  });
});
