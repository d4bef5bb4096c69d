import type { PartnerActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type MemberRow = { userId: string; name: string; email: string; role: MembershipRole; isLegalRepresentative: boolean; isSelf: boolean };
export type PendingInvitationRow = { id: string; email: string; role: MembershipRole; expiresAt: Date; expired: boolean };
export type MembersOverview = { viewerIsOwner: boolean; members: MemberRow[]; invitations: PendingInvitationRow[] };

/**
 * The members of the caller's organisation, and (for owners only) its pending invitations.
 * Any member may see who else is in their organisation; only owners see who was invited.
 */
export async function listMembers(db: Database, actor: PartnerActor, now: Date = new Date()): Promise<MembersOverview> {
  const memberships = await db.membership.findMany({
    where: { organizationId: actor.organization.id, organization: { memberships: { some: { userId: actor.user.id } } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, isLegalRepresentative: true, user: { select: { id: true, name: true, email: true } } },
  });
  const viewerIsOwner = memberships.some((membership) => membership.user.id === actor.user.id && membership.role === "OWNER");
  const invitations = viewerIsOwner
    ? await db.invitation.findMany({
        where: { organizationId: actor.organization.id, acceptedAt: null, revokedAt: null },
        orderBy: { createdAt: "desc" },
        select: { id: true, email: true, membershipRole: true, expiresAt: true },
      })
    : [];
  return {
    viewerIsOwner,
    members: memberships.map(({ role, isLegalRepresentative, user }) => ({
      userId: user.id,
      name: user.name,
      email: user.email,
      role,
      isLegalRepresentative,
      isSelf: user.id === actor.user.id,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.membershipRole ?? "MEMBER",
      expiresAt: invitation.expiresAt,
      expired: invitation.expiresAt <= now,
    })),
  };
}
