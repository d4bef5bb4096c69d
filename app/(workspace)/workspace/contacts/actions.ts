"use server";

import { revalidatePath } from "next/cache";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { contactDetailsSchema, type ContactsFormState } from "@/lib/organizations/contact-details-schema";
import { updateContactDetails } from "@/lib/organizations/update-contact-details";

export async function saveContactDetails(_previous: ContactsFormState, formData: FormData): Promise<ContactsFormState> {
  const partner = await requirePartner();
  const parsed = contactDetailsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: "error", fieldErrors };
  }
  try {
    await updateContactDetails(db, partner, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", formError: "saveFailed" };
    throw error;
  }
  revalidatePath("/workspace/contacts");
  return { status: "saved" };
}
