import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { emailSchema, newPasswordSchema, taxCodeSchema } from "@/lib/signup/signup-schema";

// One schema per operation on members and invitations, shared by the forms and the
// services. Messages are keys of the `members.errors` catalog (or the shared forms one).

const id = z.string().trim().min(1, "notFound").max(64, "notFound");
/** A checkbox: `true` from react-hook-form, "on"/"true" from a submitted form, absent when unticked. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
const locale = z.enum(LOCALES).default("it");

export const inviteMemberSchema = z.object({
  email: emailSchema,
  role: z.enum(["OWNER", "MEMBER"], { message: "roleRequired" }),
  /** The language of the e-mail when the address has no account yet (an account's own language wins). */
  locale,
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const inviteStaffSchema = z.object({
  email: emailSchema,
  role: z.enum(["STAFF", "ADMIN"], { message: "roleRequired" }),
  locale,
});
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;

export const invitationIdSchema = z.object({ invitationId: id });
export type InvitationIdInput = z.input<typeof invitationIdSchema>;

export const memberIdSchema = z.object({ userId: id });
export type MemberIdInput = z.input<typeof memberIdSchema>;

export const changeMemberRoleSchema = z.object({ userId: id, role: z.enum(["OWNER", "MEMBER"], { message: "roleRequired" }) });
export type ChangeMemberRoleInput = z.input<typeof changeMemberRoleSchema>;

export const setMemberRepresentativeSchema = z.object({ userId: id, isLegalRepresentative: checkbox });
export type SetMemberRepresentativeInput = z.input<typeof setMemberRepresentativeSchema>;

const token = z.string().trim().min(20, "invitationInvalid").max(128, "invitationInvalid");

/** A new account from an invitation: the address is the invitation's, the person chooses name and password. */
export const acceptWithNewAccountSchema = z.object({
  token,
  name: z.string().trim().min(2, "nameRequired").max(120, "tooLong"),
  password: newPasswordSchema,
  privacyConsent: checkbox.refine((value) => value, "privacyRequired"),
});
export type AcceptWithNewAccountInput = z.input<typeof acceptWithNewAccountSchema>;

/** Joining with the account one is signed in with. */
export const acceptWithAccountSchema = z.object({ token });
export type AcceptWithAccountInput = z.input<typeof acceptWithAccountSchema>;

export const requestToJoinSchema = z.object({
  taxCode: taxCodeSchema,
  name: z.string().trim().min(2, "nameRequired").max(120, "tooLong"),
  email: emailSchema,
});
export type RequestToJoinInput = z.input<typeof requestToJoinSchema>;
