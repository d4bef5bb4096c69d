"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

export async function markAllReadAction(): Promise<void> {
  const user = await requireStaff();
  await markNotificationsRead(db, user);
  revalidatePath("/staff/notifications");
  redirect("/staff/notifications?outcome=read");
}
