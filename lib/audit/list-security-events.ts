import { z } from "zod";
import { isStaffRole, type StaffActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { SECURITY_EVENTS } from "./security-events";

export const securityEventFiltersSchema = z.object({
  action: z.enum(SECURITY_EVENTS).optional(),
  userId: z.string().min(1).max(64).optional(),
  from: z.coerce.date().min(new Date("1900-01-01")).max(new Date("2200-01-01")).optional(),
  to: z.coerce.date().min(new Date("1900-01-01")).max(new Date("2200-01-01")).optional(),
});
export type SecurityEventFilters = z.input<typeof securityEventFiltersSchema>;

const PAGE_SIZE = 200;

/**
 * The latest security events (logins, logouts, resets, role changes), newest first, for
 * CSV staff and administrators only. `userId` matches the actor or the user concerned.
 *
 * @throws ForbiddenError the caller is not staff
 */
export async function listSecurityEvents(db: Database, actor: StaffActor, rawFilters: SecurityEventFilters) {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff read the security log.");
  const filters = securityEventFiltersSchema.parse(rawFilters);
  return db.auditLog.findMany({
    where: {
      action: filters.action ?? { in: [...SECURITY_EVENTS] },
      ...(filters.userId ? { OR: [{ actorId: filters.userId }, { targetType: "User", targetId: filters.userId }] } : {}),
      createdAt: { gte: filters.from, lte: filters.to },
    },
    orderBy: { createdAt: "desc" },
    take: PAGE_SIZE,
    select: {
      id: true,
      action: true,
      actorId: true,
      actor: { select: { email: true } },
      targetType: true,
      targetId: true,
      ipAddress: true,
      after: true,
      createdAt: true,
    },
  });
}
