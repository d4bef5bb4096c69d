import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertAdmin } from "./assert-admin";

/**
 * Disables or re-enables an account. Disabling also bumps the session version, so the
 * user's open sessions end on their next request and stay ended if re-enabled.
 */
export async function setUserDisabled(
  db: Database,
  actor: { id: string; role: Role },
  input: { userId: string; disabled: boolean },
): Promise<void> {
  assertAdmin(actor);
  if (input.userId === actor.id) throw new ForbiddenError("Administrators cannot disable themselves.");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { disabled: true } });
    if (!before) throw new NotFoundError("User not found.");
    await tx.user.update({
      where: { id: input.userId },
      data: { disabled: input.disabled, ...(input.disabled ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.disabled ? "user.disable" : "user.enable",
      targetType: "User",
      targetId: input.userId,
      before,
      after: { disabled: input.disabled },
    });
  });
}
