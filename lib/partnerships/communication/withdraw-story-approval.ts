import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { requireWritableAccess } from "../programme/require-writable-access";
import { withdrawStoryApprovalSchema } from "./communication-schemas";

/** A party takes back its approval of the story: the story leaves the public showcase. */
export async function withdrawStoryApproval(db: Database, viewer: PartnershipViewer, input: z.input<typeof withdrawStoryApprovalSchema>): Promise<void> {
  const data = withdrawStoryApprovalSchema.parse(input);
  await db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId, { allowCompleted: true });
    if (access.side === null) throw new ForbiddenError("Only the parties approve their story.");
    const field = access.side === "COMPANY" ? "storyApprovedByCompanyAt" : "storyApprovedByNonprofitAt";
    const { count } = await tx.partnership.updateMany({ where: { id: access.partnershipId, [field]: { not: null } }, data: { [field]: null } });
    if (count === 0) return;
    await recordAudit(tx, { actorId: viewer.userId, action: "partnership.story.approvalWithdrawn", targetType: "Partnership", targetId: access.partnershipId, after: { side: access.side } });
    await touchPartnership(tx, access.partnershipId);
  });
}
