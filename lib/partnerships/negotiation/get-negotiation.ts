import type { Database } from "@/lib/db/client";
import type { ContributionKind, PartySide } from "@/lib/generated/prisma/enums";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";

export type PlannedContributionView = { id: string; side: PartySide; kind: ContributionKind; description: string; valueCents: number | null; canRemove: boolean };

export type NegotiationView = {
  /** The two organisations' names, to title each side. */
  parties: Record<PartySide, string>;
  contributions: Record<PartySide, PlannedContributionView[]>;
  /** Sum of the valued contributions of each side, in cents. */
  totals: Record<PartySide, number>;
  expectations: Record<PartySide, string | null>;
  roles: string | null;
  /** The sides whose contributions and expectations the viewer may change: its own, or both for staff. */
  editableSides: PartySide[];
  canEditRoles: boolean;
};

/** The negotiation tab: what each side brings and expects, and who does what. */
export async function getNegotiation(db: Database, viewer: PartnershipViewer, input: { partnershipId: string }): Promise<NegotiationView> {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  const partnership = await db.partnership.findUniqueOrThrow({
    where: { id: access.partnershipId },
    select: {
      companyExpectations: true,
      nonprofitExpectations: true,
      roles: true,
      company: { select: { name: true } },
      nonprofit: { select: { name: true } },
      plannedContributions: { select: { id: true, side: true, kind: true, description: true, valueCents: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const editableSides: PartySide[] = access.closed ? [] : access.side ? [access.side] : ["COMPANY", "NONPROFIT"];
  const views = partnership.plannedContributions.map((row) => ({ ...row, canRemove: editableSides.includes(row.side) }));
  const ofSide = (side: PartySide) => views.filter((row) => row.side === side);
  const total = (side: PartySide) => ofSide(side).reduce((sum, row) => sum + (row.valueCents ?? 0), 0);
  return {
    parties: { COMPANY: partnership.company.name, NONPROFIT: partnership.nonprofit.name },
    contributions: { COMPANY: ofSide("COMPANY"), NONPROFIT: ofSide("NONPROFIT") },
    totals: { COMPANY: total("COMPANY"), NONPROFIT: total("NONPROFIT") },
    expectations: { COMPANY: partnership.companyExpectations, NONPROFIT: partnership.nonprofitExpectations },
    roles: partnership.roles,
    editableSides,
    canEditRoles: !access.closed,
  };
}
