"use server";

import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { fromServiceError, fromZodError, type InterestFormState } from "@/lib/interests/form-state";
import { proposeIntroductionSchema } from "@/lib/interests/interest-schemas";
import { proposeIntroduction } from "@/lib/interests/propose-introduction";

export async function proposeIntroductionAction(_previous: InterestFormState, formData: FormData): Promise<InterestFormState> {
  const staff = await requireStaff();
  const parsed = proposeIntroductionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await proposeIntroduction(db, staff, parsed.data);
  } catch (error) {
    return fromServiceError(error);
  }
  revalidatePath("/staff/introductions");
  return { status: "ok" };
}
