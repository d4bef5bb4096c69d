"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { expressInterest } from "@/lib/interests/express-interest";
import { dismissSuggestionSchema, expressInterestSchema } from "@/lib/interests/interest-schemas";
import { dismissSuggestion } from "@/lib/suggestions/dismiss-suggestion";

// The card goes once dismissed, so the page says so at the top; a refusal stays by the button.
export const dismissSuggestionAction = defineAction({
  caller: "partner",
  schema: dismissSuggestionSchema,
  run: (partner, data) => dismissSuggestion(db, partner, data),
  revalidate: ["/workspace/suggestions"],
  onSuccess: () => redirect("/workspace/suggestions?outcome=dismissed"),
});

// "Mi interessa" from a card: the card goes once the interest is sent (the organisation is
// no longer free to suggest), so the page says so at the top, like a dismissal. Redirecting
// from the server keeps it reliable: a client effect would die with the card it lives in.
export const expressInterestFromSuggestionsAction = defineAction({
  caller: "partner",
  schema: expressInterestSchema,
  run: (partner, data) => expressInterest(db, partner, data),
  revalidate: ["/workspace/suggestions", "/workspace/interests"],
  onSuccess: () => redirect("/workspace/suggestions?outcome=sent"),
});
