import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import type { PartnershipAccess, PartnershipViewer } from "./partnership-viewer";

type Reader = Pick<Database, "partnership">;

/**
 * Resolves a viewer's access to one partnership. A partner matches only partnerships of
 * its own organisation: the organisation is part of the query, so another organisation's
 * partnership is simply not found (404), indistinguishable from one that does not exist.
 * Staff see every partnership. Works inside a transaction too (pass `tx`).
 */
export async function requirePartnershipAccess(db: Reader, viewer: PartnershipViewer, partnershipId: string): Promise<PartnershipAccess> {
  if (!isPlausibleId(partnershipId)) {
    throw new NotFoundError("Partnership not found.");
  }
  if (viewer.kind === "staff" && !isStaffRole(viewer.role)) throw new NotFoundError("Partnership not found.");
  const organizationId = viewer.kind === "partner" ? viewer.organizationId : null;
  const row = await db.partnership.findFirst({
    where: organizationId ? { id: partnershipId, OR: [{ companyId: organizationId }, { nonprofitId: organizationId }] } : { id: partnershipId },
    select: { id: true, companyId: true, nonprofitId: true, phase: true },
  });
  if (!row) throw new NotFoundError("Partnership not found.");
  return {
    partnershipId: row.id,
    viewer,
    side: organizationId === null ? null : row.companyId === organizationId ? "COMPANY" : "NONPROFIT",
    isStaff: organizationId === null,
    companyId: row.companyId,
    nonprofitId: row.nonprofitId,
    phase: row.phase,
    closed: row.phase === "COMPLETED" || row.phase === "DISCONTINUED",
  };
}
