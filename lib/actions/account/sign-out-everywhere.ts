"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { revokeAllSessions } from "@/lib/auth/revoke-session";
import { db } from "@/lib/db";

// From the account area of partners and administrators: every session of the user ends,
// this one included, so the next page is the login.
export const signOutEverywhereAction = defineAction({
  caller: "user",
  schema: z.object({}),
  run: (user) => revokeAllSessions(db, user.id),
  onSuccess: () => redirect("/login"),
});
