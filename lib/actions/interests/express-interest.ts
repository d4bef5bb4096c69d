"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { expressInterest } from "@/lib/interests/express-interest";
import { expressInterestSchema } from "@/lib/interests/interest-schemas";

// "Mi interessa", from a suggestion card and from an organisation's profile page.
export const expressInterestAction = defineAction({
  caller: "partner",
  schema: expressInterestSchema,
  run: (partner, data) => expressInterest(db, partner, data),
  revalidate: ["/workspace/suggestions", "/workspace/interests"],
});
