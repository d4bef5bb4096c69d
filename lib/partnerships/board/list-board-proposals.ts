import { DAY_MS } from "@/lib/dates/rome-calendar";
import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { OrganizationKind, Role } from "@/lib/generated/prisma/enums";

export type ProposalParty = { id: string; name: string; kind: OrganizationKind; comune: string };

/** A mutual interest or a CSV introduction still waiting for a yes: it is not a partnership yet. */
export type BoardProposal = {
  id: string;
  from: ProposalParty;
  to: ProposalParty;
  createdAt: Date;
  expiresAt: Date;
  /** The staff member who introduced the two organisations, if it is an introduction. */
  introducedBy: { id: string; name: string } | null;
  daysWaiting: number;
  /** Whole days left before it expires, 0 on its last day. */
  expiresInDays: number;
};

/** Pending interests and introductions, oldest first. Staff only. */
export async function listBoardProposals(db: Database, actor: { role: Role }, now: Date = new Date()): Promise<BoardProposal[]> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see every proposal.");
  const party = { select: { id: true, name: true, kind: true, comune: true } } as const;
  const rows = await db.interest.findMany({
    where: { status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, createdAt: true, expiresAt: true, introducedById: true, from: party, to: party },
  });
  const introducerIds = [...new Set(rows.flatMap((row) => (row.introducedById ? [row.introducedById] : [])))];
  const introducers = new Map(
    introducerIds.length === 0
      ? []
      : (await db.user.findMany({ where: { id: { in: introducerIds } }, select: { id: true, name: true } })).map((user) => [user.id, user]),
  );
  return rows.map(({ introducedById, ...row }) => ({
    ...row,
    introducedBy: introducedById ? (introducers.get(introducedById) ?? { id: introducedById, name: "—" }) : null,
    daysWaiting: Math.max(0, Math.floor((now.getTime() - row.createdAt.getTime()) / DAY_MS)),
    expiresInDays: Math.max(0, Math.floor((row.expiresAt.getTime() - now.getTime()) / DAY_MS)),
  }));
}

/** The nonprofit of a proposal (either side may have proposed). */
export function proposalNonprofit(proposal: Pick<BoardProposal, "from" | "to">): ProposalParty {
  return proposal.from.kind === "NONPROFIT" ? proposal.from : proposal.to;
}
