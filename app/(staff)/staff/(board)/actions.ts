"use server";

import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assignStaffOwner } from "@/lib/partnerships/board/assign-staff-owner";
import { assignStaffOwnerSchema } from "@/lib/partnerships/board/assign-staff-owner-schema";
import type { BoardFormState } from "@/lib/partnerships/board/board-form-state";
import { setColumnSoftLimitSchema } from "@/lib/partnerships/board/column-soft-limit-schema";
import { setColumnSoftLimit } from "@/lib/partnerships/board/set-column-soft-limit";

/** A column's soft limit, from the small form in its header. */
export async function setColumnSoftLimitAction(_previous: BoardFormState, formData: FormData): Promise<BoardFormState> {
  const staff = await requireStaff();
  const parsed = setColumnSoftLimitSchema.safeParse({ column: formData.get("column"), softLimit: formData.get("softLimit") ?? "" });
  if (!parsed.success) return { status: "error", message: "limitInvalid" };
  await setColumnSoftLimit(db, staff, parsed.data);
  revalidatePath("/staff");
  return { status: "ok" };
}

/** The staff owner of a partnership, from the card's menu. */
export async function assignStaffOwnerAction(_previous: BoardFormState, formData: FormData): Promise<BoardFormState> {
  const staff = await requireStaff();
  const parsed = assignStaffOwnerSchema.safeParse({ partnershipId: formData.get("partnershipId"), staffOwnerId: formData.get("staffOwnerId") ?? "" });
  if (!parsed.success) return { status: "error", message: "ownerInvalid" };
  try {
    await assignStaffOwner(db, staff, parsed.data);
  } catch (error) {
    if (error instanceof ValidationError) return { status: "error", message: "ownerInvalid" };
    if (error instanceof NotFoundError) return { status: "error", message: "formFailed" };
    throw error;
  }
  revalidatePath("/staff");
  revalidatePath(`/staff/partnerships/${parsed.data.partnershipId}`);
  return { status: "ok" };
}
