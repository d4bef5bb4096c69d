import type { Database } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";

// One kind per intent and decision, so that each reader gets the whole sentence in their language.
type Kind =
  | "partnership.endRequestedComplete"
  | "partnership.endRequestedDiscontinue"
  | "partnership.endRequestWithdrawn"
  | "partnership.endRequestConfirmed"
  | "partnership.endRequestDiscuss";

/**
 * Tells about a request to end a partnership: staff on their page of it, the organisations
 * on theirs. Each group gets the link it can open.
 */
export async function notifyEndRequest(
  db: Database,
  input: { kind: Kind; partnershipId: string; params: Record<string, string | number>; staff: boolean; organizationIds: string[] },
): Promise<void> {
  if (input.staff) {
    const link = `/staff/partnerships/${input.partnershipId}`;
    await notify(db, { staff: true, kind: input.kind, params: input.params, link, email: notificationEmail(input.kind, input.params, link) });
  }
  if (input.organizationIds.length > 0) {
    const link = `/workspace/partnerships/${input.partnershipId}`;
    await notify(db, { organizationIds: input.organizationIds, kind: input.kind, params: input.params, link, email: notificationEmail(input.kind, input.params, link) });
  }
}
