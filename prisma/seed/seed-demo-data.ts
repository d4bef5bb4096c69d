import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/client";
import { buildProfileRows } from "./demo-profiles";
import { buildMembershipRows, buildOrganizationRows, buildPartnershipRows, listDemoUsers } from "./demo-rows";
import { seedPartnershipWork } from "./work/seed-partnership-work";
import { seedPendingProposals } from "./demo-proposals";

export { DEMO_ACCOUNTS, type DemoAccountKey } from "./demo-accounts";
export { DEMO_COMPANIES } from "./demo-companies";
export { DEMO_NONPROFITS } from "./demo-nonprofits";
export { DEMO_DRAFT_ORGANIZATION, DEMO_ORGANIZATION_KEYS, demoProfileDataOf } from "./demo-profiles";
export { DEMO_PARTNERSHIPS, DEMO_PARTNERSHIP_TITLE } from "./demo-partnerships";
export { DEMO_ACCOUNT_ORGANIZATIONS, DEMO_EXTRA_STAFF, DEMO_PARTNER_PASSWORD, DEMO_PARTNER_USERS } from "./demo-users";

export type SeedDemoDataOptions = {
  /** The date the partnerships' day offsets count back from (default: now). */
  now?: Date;
};

/**
 * Fills an empty database with the demo organisations, users and partnerships of the
 * province of Pavia. It does nothing when any user exists, so it is safe to run on every
 * start. Everything is written in one transaction: a failure leaves the database empty.
 */
export async function seedDemoData(db: Database, options: SeedDemoDataOptions = {}): Promise<{ created: boolean }> {
  // Checked before hashing: a dozen argon2id hashes are the slow part of the seed.
  if ((await db.user.count()) > 0) return { created: false };
  const now = options.now ?? new Date();

  const users = await Promise.all(
    listDemoUsers().map(async ({ password, ...user }) => ({
      ...user,
      passwordHash: await hashPassword(password),
      // Demo accounts are ready to use: no verification e-mail to follow.
      emailVerifiedAt: now,
    })),
  );
  const organizations = buildOrganizationRows(now);

  const created = await db.$transaction(
    async (tx) => {
      // Checked again inside: another process may have seeded in the meantime. (If two
      // seeds still race, the unique e-mails make the second one fail and roll back.)
      if ((await tx.user.count()) > 0) return false;

      const insertedOrganizations = await tx.organization.createManyAndReturn({
        data: organizations.map(({ row }) => row),
        select: { id: true, taxCode: true },
      });
      const idByTaxCode = new Map(insertedOrganizations.map(({ id, taxCode }) => [taxCode, id]));
      const organizationIds = new Map<string, string>();
      for (const { key, row } of organizations) {
        const id = idByTaxCode.get(row.taxCode ?? null);
        if (id !== undefined) organizationIds.set(key, id);
      }

      const insertedUsers = await tx.user.createManyAndReturn({ data: users, select: { id: true, email: true } });
      const userIds = new Map(insertedUsers.map(({ id, email }) => [email, id]));

      await tx.organizationProfile.createMany({ data: buildProfileRows(organizations, organizationIds) });
      const memberships = buildMembershipRows(userIds, organizationIds);
      await tx.membership.createMany({ data: memberships });
      const partnerships = await tx.partnership.createManyAndReturn({
        data: buildPartnershipRows(now, userIds, organizationIds),
        select: { id: true, title: true, phase: true, companyId: true, nonprofitId: true, startedAt: true, phaseEnteredAt: true, staffOwnerId: true, discontinuedReason: true },
      });
      await seedPartnershipWork({
        tx,
        now,
        partnerships,
        userIds,
        membersOf: (organizationId) => memberships.filter((row) => row.organizationId === organizationId).map((row) => row.userId),
      });
      await seedPendingProposals({ tx, now, organizationIds, userIds });
      return true;
    },
    // PGlite on a small server can be slow on a cold start: more than the 5 s default.
    { timeout: 30_000 },
  );
  return { created };
}
