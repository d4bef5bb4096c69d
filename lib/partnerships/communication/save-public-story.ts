import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { requireWritableAccess } from "../programme/require-writable-access";
import { saveStorySchema } from "./communication-schemas";
import { notifyStory } from "./notify-story";

/**
 * Writes or edits the joint public story (both partners and staff may, also after the
 * partnership completed). A changed text loses both approvals, so it leaves the public
 * showcase until both parties approve it again, and both are asked to; saving the very
 * same text keeps them.
 */
export async function savePublicStory(db: Database, viewer: PartnershipViewer, input: z.input<typeof saveStorySchema>): Promise<{ changed: boolean }> {
  const data = saveStorySchema.parse(input);
  const result = await db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId, { allowCompleted: true });
    const current = await tx.partnership.findUniqueOrThrow({ where: { id: access.partnershipId }, select: { title: true, publicStory: true } });
    const changed = current.publicStory !== data.story;
    if (changed) {
      await tx.partnership.update({
        where: { id: access.partnershipId },
        data: { publicStory: data.story, storyApprovedByCompanyAt: null, storyApprovedByNonprofitAt: null },
      });
      await recordAudit(tx, { actorId: viewer.userId, action: "partnership.story.edited", targetType: "Partnership", targetId: access.partnershipId, after: { length: data.story.length } });
    }
    await touchPartnership(tx, access.partnershipId);
    return { changed, partnership: { id: access.partnershipId, title: current.title, companyId: access.companyId, nonprofitId: access.nonprofitId } };
  });
  if (result.changed) await notifyStory(db, "partnership.storyApprovalRequested", result.partnership);
  return { changed: result.changed };
}
