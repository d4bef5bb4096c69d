"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

export async function markAllReadAction(): Promise<void> {
  const { user } = await requirePartner();
  await markNotificationsRead(db, user);
  revalidatePath("/workspace/notifications");
  redirect("/workspace/notifications?outcome=read");
}
