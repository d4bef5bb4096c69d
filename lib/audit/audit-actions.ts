// Every kind of row the audit log holds. recordAudit() accepts only these, and each has a
// sentence in Italian and English (t.auditActions, tested), so that no history ever shows
// a code such as "negotiation.contribution-add" to a person.
export const AUDIT_ACTIONS = [
  "organization.signed-up",
  "organization.update-contacts",
  "organization.submit",
  "organization.approve",
  "organization.request-changes",
  "organization.reject",
  "organization.import-create",
  "organization.import-update",
  "user.change-role",
  "user.disable",
  "user.enable",
  "user.password-reset",
  "user.create-administrator",
  "auth.login-succeeded",
  "auth.login-failed",
  "auth.logout",
  "access.refused",
  "membership.legal-representative",
  "programme.volunteer-hour-value",
  "interest.expressed",
  "interest.accepted",
  "interest.declined",
  "interest.withdrawn",
  "introduction.proposed",
  "partnership.opened",
  "partnership.move",
  "partnership.staffOwner",
  "partnership.renew",
  "partnership.story.edited",
  "partnership.story.approved",
  "partnership.story.approvalWithdrawn",
  "board.softLimit",
  "checklist.add",
  "checklist.update",
  "checklist.delete",
  "negotiation.contribution-add",
  "negotiation.contribution-remove",
  "negotiation.expectations",
  "negotiation.roles",
  "agreement.created",
  "agreement.updated",
  "agreement.accepted",
  "indicator.create",
  "indicator.update",
  "finalEvaluation.submit",
  "finalEvaluation.update",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
