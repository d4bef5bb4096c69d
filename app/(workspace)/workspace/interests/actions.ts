"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { expressInterest } from "@/lib/interests/express-interest";
import { fromServiceError, fromZodError, type InterestFormState } from "@/lib/interests/form-state";
import { expressInterestSchema, respondToInterestSchema, withdrawInterestSchema } from "@/lib/interests/interest-schemas";
import { respondToInterest } from "@/lib/interests/respond-to-interest";
import { withdrawInterest } from "@/lib/interests/withdraw-interest";

export async function expressInterestAction(input: unknown): Promise<InterestFormState> {
  const partner = await requirePartner();
  const parsed = expressInterestSchema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await expressInterest(db, partner, parsed.data);
  } catch (error) {
    return fromServiceError(error);
  }
  revalidatePath("/workspace/suggestions");
  revalidatePath("/workspace/interests");
  return { status: "ok" };
}

/** Outcomes the interests page turns into a notice. */
function outcomeOf(error: unknown): string {
  if (error instanceof NotFoundError) return "notFound";
  if (error instanceof ValidationError) return error.message;
  throw error;
}

export async function respondToInterestAction(formData: FormData): Promise<void> {
  const partner = await requirePartner();
  const parsed = respondToInterestSchema.safeParse(Object.fromEntries(formData));
  let outcome: string;
  if (!parsed.success) {
    outcome = parsed.error.issues[0]?.message === "messageTooLong" ? "messageTooLong" : "invalid";
  } else {
    try {
      await respondToInterest(db, partner, parsed.data);
      outcome = parsed.data.decision === "accept" ? "accepted" : "declined";
    } catch (error) {
      outcome = outcomeOf(error);
    }
  }
  revalidatePath("/workspace/interests");
  redirect(`/workspace/interests?outcome=${outcome}`);
}

export async function withdrawInterestAction(formData: FormData): Promise<void> {
  const partner = await requirePartner();
  const parsed = withdrawInterestSchema.safeParse(Object.fromEntries(formData));
  let outcome = "invalid";
  if (parsed.success) {
    try {
      await withdrawInterest(db, partner, parsed.data);
      outcome = "withdrawn";
    } catch (error) {
      outcome = outcomeOf(error);
    }
  }
  revalidatePath("/workspace/interests");
  redirect(`/workspace/interests?outcome=${outcome}`);
}
