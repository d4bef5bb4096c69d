import type { Database } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertAdmin } from "./assert-admin";

/** The pending invitations to the staff, newest first, for the administrators' page. */
export async function listStaffInvitations(db: Database, admin: { role: Role }, now: Date = new Date()) {
  assertAdmin(admin);
  const rows = await db.invitation.findMany({
    where: { organizationId: null, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, staffRole: true, expiresAt: true },
  });
  return rows.map((row) => ({ id: row.id, email: row.email, role: row.staffRole === "ADMIN" ? ("ADMIN" as const) : ("STAFF" as const), expiresAt: row.expiresAt, expired: row.expiresAt <= now }));
}
