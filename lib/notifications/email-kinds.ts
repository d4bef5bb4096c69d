import type { EmailDelivery, EmailKind } from "@/lib/generated/prisma/enums";

// Which kind of e-mail each notification is, and how each kind is sent when the person has
// not chosen. The one place for these rules: notify() asks decideEmailDelivery() for every
// recipient, so every producer (and every staff copy) follows the same preferences.

export const EMAIL_KINDS = ["MESSAGES", "PHASE_CHANGES", "DEADLINES", "APPROVALS", "INTRODUCTIONS"] as const satisfies readonly EmailKind[];
export const EMAIL_DELIVERIES = ["IMMEDIATE", "DIGEST", "NEVER"] as const satisfies readonly EmailDelivery[];

export type EmailPreferences = Partial<Record<EmailKind, EmailDelivery>>;

/**
 * Without a choice of the person:
 *  - MESSAGES → digest: they are the bulk (a lively partnership writes several a day) and
 *    the conversation is read in the app anyway; one e-mail a day says "there is news".
 *  - PHASE_CHANGES → digest: they tell, they do not ask for anything urgent, and staff often
 *    move a partnership more than one step in a sitting.
 *  - DEADLINES (reminders, overdue items, assigned tasks) → at once: they are about time.
 *  - APPROVALS (agreement, public story, evaluation, the organisation's review) → at once:
 *    someone is waiting for the reader before the partnership can go on.
 *  - INTRODUCTIONS (interests, introductions, answers to them) → at once: rare, and an
 *    interest has 14 days for an answer.
 */
export const DEFAULT_EMAIL_DELIVERY: Record<EmailKind, EmailDelivery> = {
  MESSAGES: "DIGEST",
  PHASE_CHANGES: "DIGEST",
  DEADLINES: "IMMEDIATE",
  APPROVALS: "IMMEDIATE",
  INTRODUCTIONS: "IMMEDIATE",
};

/** Every notification kind that may come with an e-mail, by the kind of e-mail it is. */
const KIND_OF_NOTIFICATION: Record<string, EmailKind> = {
  "partnership.message": "MESSAGES",

  "partnership.phaseChanged": "PHASE_CHANGES",
  "partnership.completed": "PHASE_CHANGES",
  "partnership.renewed": "PHASE_CHANGES",
  "partnership.opened": "PHASE_CHANGES",

  "interest.reminder": "DEADLINES",
  "reminder.checklistOverdue": "DEADLINES",
  "reminder.inactive": "DEADLINES",
  "reminder.checkInUnanswered": "DEADLINES",
  "partnership.checklistAssigned": "DEADLINES",

  "partnership.agreementAccepted": "APPROVALS",
  "partnership.agreementSigned": "APPROVALS",
  "partnership.agreementChanged": "APPROVALS",
  "partnership.storyApprovalRequested": "APPROVALS",
  "partnership.storyPublished": "APPROVALS",
  "partnership.finalEvaluationSubmitted": "APPROVALS",
  "organization.signed-up": "APPROVALS",
  "organization.submitted": "APPROVALS",
  "organization.approved": "APPROVALS",
  "organization.changes-requested": "APPROVALS",
  "organization.rejected": "APPROVALS",
  // Someone waits for an answer: staff on a closure or an end request, owners on a join request.
  "organization.closure-requested": "APPROVALS",
  "partnership.endRequestedComplete": "APPROVALS",
  "partnership.endRequestedDiscontinue": "APPROVALS",
  "partnership.endRequestWithdrawn": "APPROVALS",
  "partnership.endRequestConfirmed": "APPROVALS",
  "partnership.endRequestDiscuss": "APPROVALS",
  "membership.join-requested": "APPROVALS",
  "membership.joined": "APPROVALS",

  "interest.received": "INTRODUCTIONS",
  "interest.accepted": "INTRODUCTIONS",
  "interest.declined": "INTRODUCTIONS",
  "interest.withdrawn": "INTRODUCTIONS",
  "interest.expired": "INTRODUCTIONS",
  "introduction.proposed": "INTRODUCTIONS",
  "introduction.declined": "INTRODUCTIONS",
  "introduction.expired": "INTRODUCTIONS",
};

/**
 * The kind of e-mail of a notification, or undefined for one no preference governs (account
 * and security notices, or a kind added without a line above): those are sent at once, so
 * a new kind is never silently dropped.
 */
export function emailKindOf(notificationKind: string): EmailKind | undefined {
  return Object.hasOwn(KIND_OF_NOTIFICATION, notificationKind) ? KIND_OF_NOTIFICATION[notificationKind] : undefined;
}

/** How one person receives the e-mail of one notification: at once, in the daily digest, or not at all. */
export function decideEmailDelivery(notificationKind: string, preferences: EmailPreferences): EmailDelivery {
  const kind = emailKindOf(notificationKind);
  if (!kind) return "IMMEDIATE";
  return preferences[kind] ?? DEFAULT_EMAIL_DELIVERY[kind];
}

/** Every kind with the person's choice or its default: what the preferences page shows. */
export function effectivePreferences(preferences: EmailPreferences): Record<EmailKind, EmailDelivery> {
  return Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, preferences[kind] ?? DEFAULT_EMAIL_DELIVERY[kind]])) as Record<EmailKind, EmailDelivery>;
}
