import { ForbiddenError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export function assertAdmin(actor: { role: Role }): void {
  if (actor.role !== "ADMIN") throw new ForbiddenError("Only administrators manage users.");
}
