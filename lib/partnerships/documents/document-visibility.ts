import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipAccess } from "../access/partnership-viewer";

/** The documents of a partnership its viewer may see: partners never see staff-only ones. */
export function visibleDocuments(access: PartnershipAccess): Prisma.PartnershipDocumentWhereInput {
  return access.isStaff ? { partnershipId: access.partnershipId } : { partnershipId: access.partnershipId, staffOnly: false };
}
