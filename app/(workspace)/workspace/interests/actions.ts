"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { respondToInterestSchema, withdrawInterestSchema } from "@/lib/interests/interest-schemas";
import { respondToInterest } from "@/lib/interests/respond-to-interest";
import { withdrawInterest } from "@/lib/interests/withdraw-interest";

// A refusal is answered next to the card's buttons; an answer given changes the card (its
// buttons go), so the page announces it at the top.

export const respondToInterestAction = defineAction({
  caller: "partner",
  schema: respondToInterestSchema,
  run: (partner, data) => respondToInterest(db, partner, data),
  revalidate: ["/workspace/interests"],
  onSuccess: (_outcome, { decision }) => redirect(`/workspace/interests?outcome=${decision === "accept" ? "accepted" : "declined"}`),
});

export const withdrawInterestAction = defineAction({
  caller: "partner",
  schema: withdrawInterestSchema,
  run: (partner, data) => withdrawInterest(db, partner, data),
  revalidate: ["/workspace/interests"],
  onSuccess: () => redirect("/workspace/interests?outcome=withdrawn"),
});
