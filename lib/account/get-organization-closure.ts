import type { StaffActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { assertStaff } from "@/lib/organizations/assert-staff";
import { RETENTION } from "@/lib/privacy/retention";

export type OrganizationClosureView = {
  closureRequestedAt: Date | null;
  /** False when the request came from the last member's account deletion. */
  requestedByOwner: boolean;
  closedAt: Date | null;
  /** When the purge job erases the data (closedAt plus the retention period). */
  eraseAfter: Date | null;
};

/** For the staff organisation page: whether closure was asked for, confirmed, and when the data go. */
export async function getOrganizationClosure(db: Database, actor: StaffActor, input: { organizationId: string }): Promise<OrganizationClosureView | null> {
  assertStaff(actor);
  const row = await db.organization.findUnique({
    where: { id: input.organizationId },
    select: { closureRequestedAt: true, closureRequestedById: true, closedAt: true },
  });
  if (!row) return null;
  return {
    closureRequestedAt: row.closureRequestedAt,
    requestedByOwner: row.closureRequestedById !== null,
    closedAt: row.closedAt,
    eraseAfter: eraseDateOf(row.closedAt),
  };
}

/** When a closed organisation's retention ends. */
export function eraseDateOf(closedAt: Date | null): Date | null {
  if (!closedAt) return null;
  const date = new Date(closedAt);
  date.setUTCMonth(date.getUTCMonth() + RETENTION.closedOrganizationMonths);
  return date;
}
