import type { Database } from "@/lib/db/client";
import type { InterestStatus, OrganizationKind } from "@/lib/generated/prisma/enums";
import type { PartnerActor } from "@/lib/auth/actors";

export type InterestContact = { name: string | null; email: string | null; phone: string | null };

export type InterestItem = {
  id: string;
  status: InterestStatus;
  /** True for an introduction proposed by CSV staff: both sides answer. */
  isIntroduction: boolean;
  message: string;
  responseMessage: string | null;
  createdAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
  partnershipId: string | null;
  ownAnswered: boolean;
  otherAnswered: boolean;
  canRespond: boolean;
  canWithdraw: boolean;
  other: {
    id: string;
    name: string;
    kind: OrganizationKind;
    comune: string;
    /** Only once both said yes (status ACCEPTED): the point of the double opt-in. */
    contact: InterestContact | null;
  };
};

const organizationSelect = {
  id: true,
  name: true,
  kind: true,
  comune: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
} as const;

/**
 * The interests of the actor's organisation: `received` (proposals it has to answer,
 * including every staff introduction) and `sent` (its own proposals), newest first.
 */
export async function listInterests(
  db: Database,
  actor: PartnerActor,
): Promise<{ received: InterestItem[]; sent: InterestItem[] }> {
  const orgId = actor.organization.id;
  const rows = await db.interest.findMany({
    where: { OR: [{ fromOrganizationId: orgId }, { toOrganizationId: orgId }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      introducedById: true,
      message: true,
      responseMessage: true,
      createdAt: true,
      expiresAt: true,
      respondedAt: true,
      partnershipId: true,
      fromOrganizationId: true,
      fromAcceptedAt: true,
      toAcceptedAt: true,
      from: { select: organizationSelect },
      to: { select: organizationSelect },
    },
  });
  const received: InterestItem[] = [];
  const sent: InterestItem[] = [];
  for (const row of rows) {
    const mine = row.fromOrganizationId === orgId ? "from" : "to";
    const other = mine === "from" ? row.to : row.from;
    const ownAnswered = (mine === "from" ? row.fromAcceptedAt : row.toAcceptedAt) !== null;
    const otherAnswered = (mine === "from" ? row.toAcceptedAt : row.fromAcceptedAt) !== null;
    const isIntroduction = row.introducedById !== null;
    const pending = row.status === "PENDING";
    const item: InterestItem = {
      id: row.id,
      status: row.status,
      isIntroduction,
      message: row.message,
      responseMessage: row.responseMessage,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      respondedAt: row.respondedAt,
      partnershipId: row.partnershipId,
      ownAnswered,
      otherAnswered,
      canRespond: pending && !ownAnswered && (mine === "to" || isIntroduction),
      canWithdraw: pending && mine === "from" && !isIntroduction,
      other: {
        id: other.id,
        name: other.name,
        kind: other.kind,
        comune: other.comune,
        contact:
          row.status === "ACCEPTED"
            ? { name: other.contactName, email: other.contactEmail, phone: other.contactPhone }
            : null,
      },
    };
    (mine === "to" || isIntroduction ? received : sent).push(item);
  }
  return { received, sent };
}
