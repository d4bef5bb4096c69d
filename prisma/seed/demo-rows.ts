import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { DEMO_COMPANIES } from "./demo-companies";
import { DEMO_NONPROFITS } from "./demo-nonprofits";
import { DEMO_PARTNERSHIPS, type DemoStaffKey } from "./demo-partnerships";
import { demoContactOf } from "./demo-profiles";
import { DEMO_ACCOUNT_ORGANIZATIONS, DEMO_EXTRA_STAFF, DEMO_PARTNER_PASSWORD, DEMO_PARTNER_USERS } from "./demo-users";

// Pure builders of the rows the seed inserts: the data files name organisations and users
// by key and e-mail, these turn them into createMany inputs with database ids.

const DAY_MS = 24 * 60 * 60 * 1000;

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Lookups fail loudly: a typo in the data must stop the seed, not drop a row. */
function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo seed: nothing seeded for "${key}"`);
  return id;
}

export type DemoUserSeed = { email: string; name: string; password: string; role: "PARTNER" | "STAFF" | "ADMIN" };

/** Every user to create, with the plain password the seed hashes. */
export function listDemoUsers(): DemoUserSeed[] {
  return [
    ...Object.values(DEMO_ACCOUNTS).map(({ email, name, password, role }) => ({ email, name, password, role })),
    { ...DEMO_EXTRA_STAFF, password: DEMO_PARTNER_PASSWORD },
    ...DEMO_PARTNER_USERS.map(({ email, name }) => ({ email, name, password: DEMO_PARTNER_PASSWORD, role: "PARTNER" as const })),
  ].map((user) => ({ ...user, email: user.email.trim().toLowerCase() }));
}

/** Organisations keyed by their data key (returned alongside, in the same order). */
export function buildOrganizationRows(now: Date): { key: string; row: Prisma.OrganizationCreateManyInput }[] {
  const all = [
    ...DEMO_COMPANIES.map((company) => ({ ...company, kind: "COMPANY" as const })),
    ...DEMO_NONPROFITS.map((nonprofit) => ({ ...nonprofit, kind: "NONPROFIT" as const })),
  ];
  return all.map(({ key, kind, name, taxCode, comune, status }, index) => ({
    key,
    row: {
      kind,
      name,
      taxCode,
      comune,
      status,
      ...demoContactOf(key, index),
      // Pending requests arrived in the last days; the others joined before their oldest
      // partnership (1000 days) was recorded.
      createdAt: daysBefore(now, status === "PENDING" ? 1 + (index % 7) : 1030 + index * 3),
    },
  }));
}

export function buildMembershipRows(
  userIds: ReadonlyMap<string, string>,
  organizationIds: ReadonlyMap<string, string>,
): Prisma.MembershipCreateManyInput[] {
  return [
    { email: DEMO_ACCOUNTS.company.email, organization: DEMO_ACCOUNT_ORGANIZATIONS.company, role: "OWNER" as const },
    { email: DEMO_ACCOUNTS.nonprofit.email, organization: DEMO_ACCOUNT_ORGANIZATIONS.nonprofit, role: "OWNER" as const },
    ...DEMO_PARTNER_USERS.map(({ email, organization, membership }) => ({ email, organization, role: membership })),
  ].map(({ email, organization, role }) => ({
    userId: idOf(userIds, email.toLowerCase()),
    organizationId: idOf(organizationIds, organization),
    role,
  }));
}

export function buildPartnershipRows(
  now: Date,
  userIds: ReadonlyMap<string, string>,
  organizationIds: ReadonlyMap<string, string>,
): Prisma.PartnershipCreateManyInput[] {
  const staffEmails: Record<DemoStaffKey, string> = { bianchi: DEMO_ACCOUNTS.staff.email, ricci: DEMO_EXTRA_STAFF.email };
  const lastPosition = new Map<string, number>();
  return DEMO_PARTNERSHIPS.map((partnership) => {
    // Cards of a column are 1000 apart, leaving room for moves between neighbours.
    const position = (lastPosition.get(partnership.phase) ?? 0) + 1000;
    lastPosition.set(partnership.phase, position);
    const startedAt = daysBefore(now, partnership.startedDaysAgo);
    const phaseEnteredAt = daysBefore(now, partnership.phaseDaysAgo);
    const ended = partnership.phase === "COMPLETED" || partnership.phase === "DISCONTINUED";
    return {
      title: partnership.title,
      commonGoal: partnership.commonGoal,
      companyId: idOf(organizationIds, partnership.company),
      nonprofitId: idOf(organizationIds, partnership.nonprofit),
      phase: partnership.phase,
      position,
      staffOwnerId: partnership.staff === null ? null : idOf(userIds, staffEmails[partnership.staff]),
      startedAt,
      phaseEnteredAt,
      endedAt: ended ? phaseEnteredAt : null,
      discontinuedReason: partnership.discontinuedReason ?? null,
      // Demo stories are approved by both parties, so the landing page showcase has some.
      publicStory: partnership.publicStory ?? null,
      storyApprovedByCompanyAt: partnership.publicStory ? phaseEnteredAt : null,
      storyApprovedByNonprofitAt: partnership.publicStory ? phaseEnteredAt : null,
      createdAt: startedAt,
    };
  });
}
