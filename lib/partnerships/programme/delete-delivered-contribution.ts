import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { deleteDeliveredContributionSchema } from "./programme-schemas";
import { requireWritableAccess } from "./require-writable-access";

/**
 * Removes a logged contribution. A partner removes only its own side's entries (the other
 * side's log is not its to correct: they are simply not found); staff may remove any.
 */
export async function deleteDeliveredContribution(db: Database, viewer: PartnershipViewer, input: z.input<typeof deleteDeliveredContributionSchema>): Promise<void> {
  const data = deleteDeliveredContributionSchema.parse(input);
  await db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId);
    const { count } = await tx.deliveredContribution.deleteMany({
      where: { id: data.contributionId, partnershipId: access.partnershipId, ...(access.side ? { side: access.side } : {}) },
    });
    if (count === 0) throw new NotFoundError("Contribution not found.");
    await touchPartnership(tx, access.partnershipId);
  });
}
