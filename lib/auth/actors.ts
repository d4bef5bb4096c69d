import type { Role } from "@/lib/generated/prisma/enums";

/**
 * A partner acting for its organisation, as requirePartner() returns it. Services re-read
 * the organisation's kind and status themselves: the caller's copy could be stale.
 */
export type PartnerActor = { user: { id: string }; organization: { id: string } };

/** A staff member or administrator (requireStaff()). */
export type StaffActor = { id: string; role: Role };

export function isStaffRole(role: Role): boolean {
  return role === "STAFF" || role === "ADMIN";
}
