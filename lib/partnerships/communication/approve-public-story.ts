import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { requireWritableAccess } from "../programme/require-writable-access";
import { approveStorySchema } from "./communication-schemas";
import { notifyStory } from "./notify-story";
import { storyHash } from "./story-hash";

const APPROVAL_FIELD = { COMPANY: "storyApprovedByCompanyAt", NONPROFIT: "storyApprovedByNonprofitAt" } as const;

/**
 * A party approves the public story for its own side. The form sends the hash of the text
 * it showed: if the text changed since, nothing is approved (ConflictError) — a party
 * approves only words it read. When the second approval arrives, the story is public.
 */
export async function approvePublicStory(db: Database, viewer: PartnershipViewer, input: z.input<typeof approveStorySchema>, now = new Date()): Promise<{ published: boolean }> {
  const data = approveStorySchema.parse(input);
  const result = await db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId, { allowCompleted: true });
    if (access.side === null) throw new ForbiddenError("Only the parties approve their story.");
    const current = await tx.partnership.findUniqueOrThrow({
      where: { id: access.partnershipId },
      select: { title: true, publicStory: true, storyApprovedByCompanyAt: true, storyApprovedByNonprofitAt: true },
    });
    if (current.publicStory === null) throw new ValidationError("noStory", "form");
    if (storyHash(current.publicStory) !== data.storyHash) throw new ConflictError("The story changed since it was read.");
    const field = APPROVAL_FIELD[access.side];
    if (current[field] !== null) return { published: false, partnership: null };
    // The text is part of the match, so a concurrent edit cannot slip in between.
    const { count } = await tx.partnership.updateMany({ where: { id: access.partnershipId, publicStory: current.publicStory }, data: { [field]: now } });
    if (count === 0) throw new ConflictError("The story changed since it was read.");
    await recordAudit(tx, { actorId: viewer.userId, action: "partnership.story.approved", targetType: "Partnership", targetId: access.partnershipId, after: { side: access.side, storyHash: data.storyHash } });
    await touchPartnership(tx, access.partnershipId, now);
    const other = access.side === "COMPANY" ? current.storyApprovedByNonprofitAt : current.storyApprovedByCompanyAt;
    return { published: other !== null, partnership: { id: access.partnershipId, title: current.title, companyId: access.companyId, nonprofitId: access.nonprofitId } };
  });
  if (result.published && result.partnership) await notifyStory(db, "partnership.storyPublished", result.partnership);
  return { published: result.published };
}
