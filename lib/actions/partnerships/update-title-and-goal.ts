"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { updateTitleGoalSchema } from "@/lib/partnerships/goal/title-goal-schema";
import { updateTitleAndGoal } from "@/lib/partnerships/goal/update-title-and-goal";

/** Either partner or staff rewrite the partnership's title and common goal; the board shows the title too. */
export const updateTitleAndGoalAction = definePartnershipAction(updateTitleGoalSchema, (viewer, data) => updateTitleAndGoal(db, viewer, data), {
  revalidate: [["/staff", "layout"], ["/workspace", "layout"]],
});
