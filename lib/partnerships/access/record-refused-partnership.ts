import { recordRefusedAccess } from "@/lib/audit/security-events";
import type { Database } from "@/lib/db/client";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import type { PartnershipViewer } from "./partnership-viewer";

/**
 * After a partner was answered 404 for a partnership: if the partnership exists and belongs
 * to other organisations, the attempt is a refused access for the security log
 * (bounded, see recordRefusedAccess). An id that names nothing is only a 404: a typo or junk
 * is no attempt on anyone's data. Staff see every partnership, so they are never refused.
 */
export async function recordRefusedPartnership(
  db: Database,
  viewer: PartnershipViewer,
  partnershipId: unknown,
  ipAddress: string,
  now: Date = new Date(),
): Promise<boolean> {
  if (viewer.kind !== "partner" || !isPlausibleId(partnershipId)) return false;
  const row = await db.partnership.findUnique({ where: { id: partnershipId }, select: { companyId: true, nonprofitId: true } });
  // Its own partnership answered 404 for another reason (no agreement yet) is no refusal.
  if (!row || row.companyId === viewer.organizationId || row.nonprofitId === viewer.organizationId) return false;
  return recordRefusedAccess(db, { actorId: viewer.userId, targetType: "Partnership", targetId: partnershipId, ipAddress }, now);
}
