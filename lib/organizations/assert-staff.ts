import { ForbiddenError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type StaffActor = { id: string; role: Role };

export function assertStaff(actor: { role: Role }): void {
  if (actor.role !== "STAFF" && actor.role !== "ADMIN") throw new ForbiddenError("Only CSV staff review organisations.");
}
