"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-user-role";
import { success } from "@/lib/actions/action-state";
import { invitationIdSchema, inviteStaffSchema } from "@/lib/organizations/members/member-schemas";
import { resendInvitation } from "@/lib/organizations/members/resend-invitation";
import { revokeInvitation } from "@/lib/organizations/members/revoke-invitation";
import { inviteStaff } from "@/lib/users/invite-staff";
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

/** Staff and administrators are invited like members: a link for 7 days, for that address only. */
export const inviteStaffAction = defineAction({
  caller: "admin",
  schema: inviteStaffSchema,
  run: (admin, data) => inviteStaff(db, admin, data),
  revalidate: ["/admin/users"],
  onSuccess: () => success("invited"),
});

export const resendStaffInvitationAction = defineAction({
  caller: "admin",
  schema: invitationIdSchema,
  run: (admin, data) => resendInvitation(db, { userId: admin.id, organizationId: null }, data),
  revalidate: ["/admin/users"],
});

export const revokeStaffInvitationAction = defineAction({
  caller: "admin",
  schema: invitationIdSchema,
  run: (admin, data) => revokeInvitation(db, { userId: admin.id, organizationId: null }, data),
  revalidate: ["/admin/users"],
});
