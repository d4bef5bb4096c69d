"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { PartnerContext } from "@/lib/auth/guards";
import { defineAction } from "@/lib/actions/define-action";
import { success } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { changeMemberRole } from "@/lib/organizations/members/change-member-role";
import { inviteMember } from "@/lib/organizations/members/invite-member";
import {
  changeMemberRoleSchema,
  invitationIdSchema,
  inviteMemberSchema,
  memberIdSchema,
  setMemberRepresentativeSchema,
} from "@/lib/organizations/members/member-schemas";
import { removeMember } from "@/lib/organizations/members/remove-member";
import { resendInvitation } from "@/lib/organizations/members/resend-invitation";
import { revokeInvitation } from "@/lib/organizations/members/revoke-invitation";
import { setMemberRepresentative } from "@/lib/organizations/members/set-member-representative";
import { transferOwnership } from "@/lib/organizations/members/transfer-ownership";

// The members page's actions. Every one re-checks in lib that the caller is an owner of the
// organisation it acts for now (a page opened before a demotion cannot be replayed).
const PAGE = "/workspace/organization/members";
const manager = (partner: PartnerContext) => ({ userId: partner.user.id, organizationId: partner.organization.id });

export const inviteMemberAction = defineAction({
  caller: "partner",
  schema: inviteMemberSchema,
  run: (partner, data) => inviteMember(db, partner, data),
  revalidate: [PAGE],
  onSuccess: () => success("invited"),
});

export const resendInvitationAction = defineAction({
  caller: "partner",
  schema: invitationIdSchema,
  run: (partner, data) => resendInvitation(db, manager(partner), data),
  revalidate: [PAGE],
});

export const revokeInvitationAction = defineAction({
  caller: "partner",
  schema: invitationIdSchema,
  run: (partner, data) => revokeInvitation(db, manager(partner), data),
  revalidate: [PAGE],
});

export const removeMemberAction = defineAction({
  caller: "partner",
  schema: memberIdSchema,
  run: (partner, data) => removeMember(db, partner, data),
  revalidate: [PAGE],
});

/** Leaving: afterwards the workspace refuses the person, so they go to the home page. */
export const leaveOrganizationAction = defineAction({
  caller: "partner",
  schema: z.object({}),
  run: (partner) => removeMember(db, partner, { userId: partner.user.id }),
  onSuccess: () => redirect("/"),
});

export const changeMemberRoleAction = defineAction({
  caller: "partner",
  schema: changeMemberRoleSchema,
  run: (partner, data) => changeMemberRole(db, partner, data),
  revalidate: [PAGE],
});

export const transferOwnershipAction = defineAction({
  caller: "partner",
  schema: memberIdSchema,
  run: (partner, data) => transferOwnership(db, partner, data),
  revalidate: [PAGE],
});

export const setMemberRepresentativeAction = defineAction({
  caller: "partner",
  schema: setMemberRepresentativeSchema,
  run: (partner, data) => setMemberRepresentative(db, partner, data),
  revalidate: [PAGE],
});
