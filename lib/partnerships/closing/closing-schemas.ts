import { z } from "zod";
import { titleGoalFields } from "../goal/title-goal-schema";

/**
 * Renewing names the completed partnership and the renewal's title and goal, which the form
 * proposes from the old ones for the partners to confirm or rewrite; without them (a
 * client that does not ask), they are the old ones, the title marked as a renewal.
 */
export const renewPartnershipSchema = z.object({
  partnershipId: z.string().min(1).max(64),
  title: titleGoalFields.title.optional(),
  commonGoal: titleGoalFields.commonGoal.optional(),
});
export type RenewPartnershipInput = z.input<typeof renewPartnershipSchema>;
