import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { PartnershipAccess, PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";

/**
 * Access for a write: a partnership the viewer may not see is not found (404), a closed
 * one is read-only. `allowCompleted` lets the public story of a completed partnership
 * still be edited and approved (the showcase matters most after the end).
 */
export async function requireWritableAccess(
  db: Pick<Database, "partnership">,
  viewer: PartnershipViewer,
  partnershipId: string,
  options: { allowCompleted?: boolean } = {},
): Promise<PartnershipAccess> {
  const access = await requirePartnershipAccess(db, viewer, partnershipId);
  const allowed = !access.closed || (options.allowCompleted === true && access.phase === "COMPLETED");
  if (!allowed) throw new ForbiddenError("closed");
  return access;
}
