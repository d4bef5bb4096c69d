import type { PartnershipPhase, PartySide, Role } from "@/lib/generated/prisma/enums";

/**
 * Who is looking at a partnership: a member of one of its two organisations, or CSV
 * staff. Every partnership service takes one and resolves it with
 * requirePartnershipAccess() before reading or writing anything.
 */
export type PartnershipViewer =
  | { kind: "partner"; userId: string; organizationId: string }
  | { kind: "staff"; userId: string; role: Role };

/** What a viewer may do with one partnership, as resolved from the database. */
export type PartnershipAccess = {
  partnershipId: string;
  viewer: PartnershipViewer;
  /** The viewer's party; null for staff, who act for neither. */
  side: PartySide | null;
  isStaff: boolean;
  companyId: string;
  nonprofitId: string;
  phase: PartnershipPhase;
  /** COMPLETED or DISCONTINUED: the record is kept as it was, apart from its report. */
  closed: boolean;
};
