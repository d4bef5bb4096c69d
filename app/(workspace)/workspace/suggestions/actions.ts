"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dismissSuggestionSchema } from "@/lib/interests/interest-schemas";
import { dismissSuggestion } from "@/lib/suggestions/dismiss-suggestion";

export async function dismissSuggestionAction(formData: FormData): Promise<void> {
  const partner = await requirePartner();
  const parsed = dismissSuggestionSchema.safeParse(Object.fromEntries(formData));
  let outcome = "notFound";
  if (parsed.success) {
    try {
      await dismissSuggestion(db, partner, parsed.data);
      outcome = "dismissed";
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  revalidatePath("/workspace/suggestions");
  redirect(`/workspace/suggestions?outcome=${outcome}`);
}
