"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { db } from "@/lib/db";

// From the account page of partners and staff: every session of the user ends, this one
// included, so the next page is the login.
export const signOutEverywhereAction = defineAction({
  caller: "user",
  schema: z.object({}),
  run: (user) => signOutEverywhere(db, user),
  onSuccess: () => redirect("/login"),
});
