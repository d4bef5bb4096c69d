"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { proposeIntroductionSchema } from "@/lib/interests/interest-schemas";
import { proposeIntroduction } from "@/lib/interests/propose-introduction";

/** Staff introduce a company and a nonprofit to each other; the form confirms it. */
export const proposeIntroductionAction = defineAction({
  caller: "staff",
  schema: proposeIntroductionSchema,
  run: (staff, data) => proposeIntroduction(db, staff, data),
  revalidate: ["/staff/introductions"],
});
