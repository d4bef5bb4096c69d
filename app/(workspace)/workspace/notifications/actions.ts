"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

// The notice is the page's (the button goes once nothing is unread), hence the redirect.
export const markAllReadAction = defineAction({
  caller: "partner",
  schema: z.object({}),
  run: ({ user }) => markNotificationsRead(db, user),
  revalidate: ["/workspace/notifications"],
  onSuccess: () => redirect("/workspace/notifications?outcome=read"),
});
