"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requirePartnershipViewer } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { renewPartnership } from "@/lib/partnerships/closing/renew-partnership";
import { requireAccessToNamedPartnership, type PartnershipFormState } from "./run-partnership-action";

const renewSchema = z.object({ partnershipId: z.string().min(1).max(64) });

/** Renews a completed partnership and takes the viewer to the new one. */
export async function renewPartnershipAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  const viewer = await requirePartnershipViewer();
  const input = { partnershipId: formData.get("partnershipId") };
  await requireAccessToNamedPartnership(viewer, input);
  const parsed = renewSchema.safeParse(input);
  if (!parsed.success) notFound();
  let id: string;
  try {
    ({ id } = await renewPartnership(db, viewer, parsed.data));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ValidationError) return { status: "error", formError: error.message };
    throw error;
  }
  revalidatePath("/staff");
  revalidatePath("/workspace");
  revalidatePath("/workspace/partnerships/[id]", "page");
  revalidatePath("/staff/partnerships/[id]", "page");
  redirect(viewer.kind === "staff" ? `/staff/partnerships/${id}` : `/workspace/partnerships/${id}`);
}
