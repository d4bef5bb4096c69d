import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { newInvitationToken } from "@/lib/organizations/members/invitation-token";
import { limitInvitations } from "@/lib/organizations/members/member-limits";
import { inviteStaffSchema, type InviteStaffInput } from "@/lib/organizations/members/member-schemas";
import { invitationLocale, sendInvitationMail } from "@/lib/organizations/members/send-invitation-mail";
import { assertAdmin } from "./assert-admin";

/**
 * An administrator invites a new colleague to the CSV staff (as staff or administrator),
 * the same way owners invite members: a link for 7 days, single use, for that address only.
 * An address that already has an account is refused: its role is changed in the list.
 *
 * @throws ForbiddenError not an administrator
 * @throws ValidationError "accountExists" on `email`
 * @throws RateLimitedError too many invitations
 */
export async function inviteStaff(db: Database, admin: { id: string; name: string; role: Role }, rawInput: InviteStaffInput): Promise<string> {
  const input = inviteStaffSchema.parse(rawInput);
  assertAdmin(admin);
  await limitInvitations(db, admin.id, null);
  const { token, tokenHash, expiresAt } = newInvitationToken();
  const locale = await invitationLocale(db, input.email, input.locale);
  const invitationId = await db.$transaction(async (tx) => {
    const account = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (account) throw new ValidationError("accountExists", "email");
    await tx.invitation.updateMany({
      where: { organizationId: null, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: { email: input.email, staffRole: input.role, locale, tokenHash, expiresAt, invitedById: admin.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "invitation.sent",
      targetType: "User",
      targetId: admin.id,
      after: { invitationId: invitation.id, email: input.email, role: input.role },
    });
    return invitation.id;
  });
  await sendInvitationMail(db, { email: input.email, locale, inviterName: admin.name, organizationName: null, role: input.role, expiresAt }, token);
  return invitationId;
}
