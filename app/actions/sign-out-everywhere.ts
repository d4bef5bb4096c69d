"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { revokeAllSessions } from "@/lib/auth/revoke-session";
import { db } from "@/lib/db";

export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await revokeAllSessions(db, user.id);
  redirect("/login");
}
