import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { requireWritableAccess } from "../programme/require-writable-access";
import { deleteCommunicationItemSchema } from "./communication-schemas";

/** Removes an item of the communication plan. */
export async function deleteCommunicationItem(db: Database, viewer: PartnershipViewer, input: z.input<typeof deleteCommunicationItemSchema>): Promise<void> {
  const data = deleteCommunicationItemSchema.parse(input);
  await db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId);
    const { count } = await tx.communicationItem.deleteMany({ where: { id: data.itemId, partnershipId: access.partnershipId } });
    if (count === 0) throw new NotFoundError("Communication item not found.");
    await touchPartnership(tx, access.partnershipId);
  });
}
