import type { Database } from "@/lib/db/client";
import type { OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";
import { assertStaff, type StaffActor } from "./assert-staff";

export const QUEUE_STATUSES = ["PENDING", "CHANGES_REQUESTED", "ACTIVE", "REJECTED", "SUSPENDED"] as const;

export type ReviewQueueFilter = { status?: OrganizationStatus; kind?: OrganizationKind };

export type ReviewQueueItem = {
  id: string;
  name: string;
  kind: OrganizationKind;
  status: OrganizationStatus;
  comune: string;
  createdAt: Date;
  submittedAt: Date | null;
  step: number;
};

export type ReviewQueue = { items: ReviewQueueItem[]; counts: Record<OrganizationStatus, number> };

const STATUS_ORDER: Record<OrganizationStatus, number> = { PENDING: 0, CHANGES_REQUESTED: 1, ACTIVE: 2, REJECTED: 3, SUSPENDED: 4 };

/**
 * Organisations to review: by default those waiting (PENDING first, the oldest submission
 * first, then CHANGES_REQUESTED); a status filter shows any status. Counts ignore filters.
 */
export async function listReviewQueue(db: Database, actor: StaffActor, filter: ReviewQueueFilter = {}): Promise<ReviewQueue> {
  assertStaff(actor);
  const statuses: OrganizationStatus[] = filter.status ? [filter.status] : ["PENDING", "CHANGES_REQUESTED"];
  const [rows, grouped] = await Promise.all([
    db.organization.findMany({
      where: { status: { in: statuses }, ...(filter.kind ? { kind: filter.kind } : {}) },
      select: {
        id: true,
        name: true,
        kind: true,
        status: true,
        comune: true,
        createdAt: true,
        profile: { select: { submittedAt: true, step: true } },
      },
      orderBy: [{ createdAt: "asc" }],
    }),
    db.organization.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = { PENDING: 0, CHANGES_REQUESTED: 0, ACTIVE: 0, REJECTED: 0, SUSPENDED: 0 } satisfies Record<OrganizationStatus, number>;
  for (const group of grouped) counts[group.status] = group._count._all;
  const items = rows
    .map(({ profile, ...row }) => ({ ...row, submittedAt: profile?.submittedAt ?? null, step: profile?.step ?? 0 }))
    .sort((a, b) => {
      const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
      if (byStatus !== 0) return byStatus;
      // Submitted ones first (they can be decided), the oldest submission first.
      const at = a.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY;
      const bt = b.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY;
      return at - bt || a.createdAt.getTime() - b.createdAt.getTime();
    });
  return { items, counts };
}
