import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashInvitationToken, invitedRole, type InvitedRole } from "./invitation-token";

type Reader = Database | Prisma.TransactionClient;

export type InvitationState = "pending" | "expired" | "accepted" | "revoked";

/** What the accept page shows about an invitation: only to whoever holds its link. */
export type InvitationView = {
  id: string;
  email: string;
  state: InvitationState;
  organizationId: string | null;
  organizationName: string | null;
  role: InvitedRole;
  accountExists: boolean;
};

/**
 * The invitation a link's token opens, whatever its state.
 *
 * @throws NotFoundError no invitation has this token (mistyped, or replaced by a newer link)
 */
export async function findInvitationByToken(db: Reader, token: string, now: Date = new Date()): Promise<InvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      email: true,
      organizationId: true,
      membershipRole: true,
      staffRole: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!invitation) throw new NotFoundError("Invitation not found.");
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  const state: InvitationState = invitation.acceptedAt ? "accepted" : invitation.revokedAt ? "revoked" : invitation.expiresAt <= now ? "expired" : "pending";
  return {
    id: invitation.id,
    email: invitation.email,
    state,
    organizationId: invitation.organizationId,
    organizationName: invitation.organization?.name ?? null,
    role: invitedRole(invitation),
    accountExists: account !== null,
  };
}

const REFUSALS: Record<Exclude<InvitationState, "pending">, string> = {
  expired: "invitationExpired",
  accepted: "invitationUsed",
  revoked: "invitationRevoked",
};

/** A pending invitation, or a ValidationError naming why its link no longer works. */
export async function findPendingInvitation(db: Reader, token: string, now: Date = new Date()): Promise<InvitationView> {
  const invitation = await findInvitationByToken(db, token, now);
  if (invitation.state !== "pending") throw new ValidationError(REFUSALS[invitation.state]);
  return invitation;
}

/**
 * Marks the invitation used, inside the transaction that creates what it grants. Only one
 * of two simultaneous clicks matches the row; the other is told it was already used.
 */
export async function claimInvitation(tx: Prisma.TransactionClient, invitationId: string, now: Date = new Date()): Promise<void> {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (count === 0) throw new ValidationError("invitationUsed");
}
