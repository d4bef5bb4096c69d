import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { MembershipRole, Role } from "@/lib/generated/prisma/enums";
import { isLastOwner } from "@/lib/organizations/members/is-last-owner";
import { OPTIONAL_CONSENTS } from "@/lib/signup/constants";

export type AccountView = {
  name: string;
  email: string;
  locale: string;
  role: Role;
  /** A change of address waiting for its link to be followed. */
  pendingEmail: string | null;
  consents: { id: string; kind: string; version: string; grantedAt: Date; withdrawnAt: Date | null; optional: boolean }[];
  memberships: {
    organizationId: string;
    organizationName: string;
    role: MembershipRole;
    /** The person is its only owner while other people belong to it: they must hand over before deleting. */
    mustHandOver: boolean;
    memberCount: number;
    closureRequestedAt: Date | null;
    closedAt: Date | null;
  }[];
};

/** What the account page shows the person about themselves: never the password hash. */
export async function getAccount(db: Database, actor: { id: string }): Promise<AccountView> {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      name: true,
      email: true,
      locale: true,
      role: true,
      consents: { select: { id: true, kind: true, version: true, grantedAt: true, withdrawnAt: true }, orderBy: { grantedAt: "asc" } },
      emailTokens: { where: { purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: new Date() } }, select: { newEmail: true }, orderBy: { createdAt: "desc" }, take: 1 },
      memberships: {
        orderBy: { createdAt: "asc" },
        select: {
          role: true,
          organization: { select: { id: true, name: true, closureRequestedAt: true, closedAt: true, _count: { select: { memberships: true } } } },
        },
      },
    },
  });
  if (!user) throw new NotFoundError("account");
  const memberships = await Promise.all(
    user.memberships.map(async ({ role, organization }) => ({
      organizationId: organization.id,
      organizationName: organization.name,
      role,
      memberCount: organization._count.memberships,
      mustHandOver: organization._count.memberships > 1 && (await isLastOwner(db, actor.id, organization.id)),
      closureRequestedAt: organization.closureRequestedAt,
      closedAt: organization.closedAt,
    })),
  );
  return {
    name: user.name,
    email: user.email,
    locale: user.locale,
    role: user.role,
    pendingEmail: user.emailTokens[0]?.newEmail ?? null,
    consents: user.consents.map((consent) => ({ ...consent, optional: (OPTIONAL_CONSENTS as readonly string[]).includes(consent.kind) })),
    memberships,
  };
}
