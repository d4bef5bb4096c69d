"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { changeUserRoleSchema, setUserDisabledSchema } from "@/lib/users/user-admin-schemas";

// A refusal (one's own account, a user gone) is answered next to the button; a change is
// announced at the top of the page, which shows the new state of every row.
const announceSaved = () => redirect("/admin/users?outcome=saved");

export const setUserDisabledAction = defineAction({
  caller: "admin",
  schema: setUserDisabledSchema,
  run: (admin, data) => setUserDisabled(db, admin, data),
  revalidate: ["/admin/users"],
  onSuccess: announceSaved,
});

export const changeUserRoleAction = defineAction({
  caller: "admin",
  schema: changeUserRoleSchema,
  run: (admin, data) => changeUserRole(db, admin, data),
  revalidate: ["/admin/users"],
  onSuccess: announceSaved,
});
