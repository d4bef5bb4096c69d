"use server";

import { defineAction } from "@/lib/actions/define-action";
import { success } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { proposeIntroductionSchema } from "@/lib/interests/interest-schemas";
import { proposeIntroduction } from "@/lib/interests/propose-introduction";

/** Staff introduce a company and a nonprofit to each other; the form says so under itself. */
export const proposeIntroductionAction = defineAction({
  caller: "staff",
  schema: proposeIntroductionSchema,
  run: async (staff, data) => {
    await proposeIntroduction(db, staff, data);
  },
  revalidate: ["/staff/introductions"],
  onSuccess: () => success("proposed"),
});
