import { randomBytes } from "node:crypto";
import { hashEmailToken } from "@/lib/signup/email-token";

/** An invitation link works for 7 days. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A fresh random token (for the link only) and the hash that is stored. */
export function newInvitationToken(now: Date = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashEmailToken(token), expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) };
}

export { hashEmailToken as hashInvitationToken };

export type InvitedRole = "OWNER" | "MEMBER" | "STAFF" | "ADMIN";

/** The role an invitation grants: a membership role, or a staff role for staff invitations. */
export function invitedRole(invitation: { membershipRole: "OWNER" | "MEMBER" | null; staffRole: string | null }): InvitedRole {
  if (invitation.membershipRole) return invitation.membershipRole;
  return invitation.staffRole === "ADMIN" ? "ADMIN" : "STAFF";
}
