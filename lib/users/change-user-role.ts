import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertAdmin } from "./assert-admin";

/** Changes a role. Guards read the role from the database, so it applies on the next request. */
export async function changeUserRole(
  db: Database,
  actor: { id: string; role: Role },
  input: { userId: string; role: Role },
): Promise<void> {
  assertAdmin(actor);
  // Otherwise the last administrator could lock everybody out of user management.
  if (input.userId === actor.id) throw new ForbiddenError("Administrators cannot change their own role.");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!before) throw new NotFoundError("User not found.");
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.change-role",
      targetType: "User",
      targetId: input.userId,
      before,
      after: { role: input.role },
    });
  });
}
