"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { dismissSuggestionSchema } from "@/lib/interests/interest-schemas";
import { dismissSuggestion } from "@/lib/suggestions/dismiss-suggestion";

// The card goes once dismissed, so the page says so at the top; a refusal stays by the button.
export const dismissSuggestionAction = defineAction({
  caller: "partner",
  schema: dismissSuggestionSchema,
  run: (partner, data) => dismissSuggestion(db, partner, data),
  revalidate: ["/workspace/suggestions"],
  onSuccess: () => redirect("/workspace/suggestions?outcome=dismissed"),
});
