import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS } from "../demo-accounts";
import { DEMO_EXTRA_STAFF } from "../demo-users";
import { pastPhaseChanges, type WorkSeedContext } from "./seed-context";

/**
 * The board history of the demo partnerships: one "partnership.move" audit row per phase
 * change, on the same dates as their check-ins, by the CSV contact who follows them. The
 * card history and the dashboard's average days per phase read these rows.
 */
export async function seedHistory({ tx, partnerships, userIds }: WorkSeedContext): Promise<void> {
  const staff = [userIds.get(DEMO_ACCOUNTS.staff.email), userIds.get(DEMO_EXTRA_STAFF.email)].filter((id): id is string => Boolean(id));
  const rows: Prisma.AuditLogCreateManyInput[] = [];
  partnerships.forEach((partnership, index) => {
    const actorId = partnership.staffOwnerId ?? staff[index % staff.length] ?? null;
    const changes =
      partnership.phase === "DISCONTINUED" ? [{ from: "PLANNING" as const, to: "DISCONTINUED" as const, at: partnership.phaseEnteredAt }] : pastPhaseChanges(partnership);
    changes.forEach((change) => {
      rows.push({
        actorId,
        action: "partnership.move",
        targetType: "Partnership",
        targetId: partnership.id,
        before: { phase: change.from },
        after: { phase: change.to, ...(change.to === "DISCONTINUED" && partnership.discontinuedReason ? { reason: partnership.discontinuedReason } : {}) },
        createdAt: change.at,
      });
    });
  });
  await tx.auditLog.createMany({ data: rows });
}
