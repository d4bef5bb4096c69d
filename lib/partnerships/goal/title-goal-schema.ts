import { z } from "zod";

/** A checkbox sends "on" (FormData) or true (a client object). */
const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true")]).optional().transform((value) => value === true || value === "on" || value === "true");

/** The partnership's own words: a title people recognise, a goal the agreement's Art. 2 carries. */
export const titleGoalFields = {
  title: z.string("required").trim().min(3, "titleTooShort").max(200, "titleTooLong"),
  commonGoal: z.string("required").trim().min(20, "goalTooShort").max(2000, "goalTooLong"),
};

/** Either partner or staff rewrite the title and the goal, until the agreement is accepted by both. */
export const updateTitleGoalSchema = z.object({
  partnershipId: z.string().min(1),
  ...titleGoalFields,
  /** An agreement one side already accepted changes with the goal: that acceptance is cancelled, knowingly. */
  confirmCancelAcceptances: checkbox,
});
export type UpdateTitleGoalInput = z.input<typeof updateTitleGoalSchema>;
