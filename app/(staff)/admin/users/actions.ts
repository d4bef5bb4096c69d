"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { changeUserRoleSchema, setUserDisabledSchema } from "@/lib/users/user-admin-schemas";

type Outcome = "saved" | "invalid" | "forbidden" | "not-found";

async function runAndReport(operation: () => Promise<void>): Promise<never> {
  let outcome: Outcome = "saved";
  try {
    await operation();
  } catch (error) {
    if (error instanceof ForbiddenError) outcome = "forbidden";
    else if (error instanceof NotFoundError) outcome = "not-found";
    else throw error;
  }
  revalidatePath("/admin/users");
  redirect(`/admin/users?outcome=${outcome}`);
}

export async function setUserDisabledAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = setUserDisabledSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/users?outcome=invalid");
  await runAndReport(() => setUserDisabled(db, admin, parsed.data));
}

export async function changeUserRoleAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = changeUserRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/users?outcome=invalid");
  await runAndReport(() => changeUserRole(db, admin, parsed.data));
}
