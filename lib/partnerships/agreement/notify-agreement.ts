import type { Database } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";

export type AgreementNoticeKind = "partnership.agreementAccepted" | "partnership.agreementSigned" | "partnership.agreementChanged";

/**
 * Tells the parties (every member of the named organisations) and, optionally, the CSV
 * staff owner about the agreement, each with a link to their own view of the tab.
 */
export async function notifyAgreement(
  db: Database,
  kind: AgreementNoticeKind,
  target: { partnershipId: string; organizationIds: string[]; staffOwnerId?: string | null; params: Record<string, string> },
): Promise<void> {
  const partnerLink = `/workspace/partnerships/${target.partnershipId}?tab=agreement`;
  if (target.organizationIds.length > 0) {
    await notify(db, {
      organizationIds: target.organizationIds,
      kind,
      params: target.params,
      link: partnerLink,
      email: notificationEmail(kind, target.params, partnerLink),
    });
  }
  if (target.staffOwnerId) {
    const staffLink = `/staff/partnerships/${target.partnershipId}?tab=agreement`;
    await notify(db, { userIds: [target.staffOwnerId], kind, params: target.params, link: staffLink, email: notificationEmail(kind, target.params, staffLink) });
  }
}
