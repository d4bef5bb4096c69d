import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";

/** Ends every session of the person, on every device, this one included. */
export async function signOutEverywhere(db: Database, actor: { id: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "account.sign-out-everywhere", targetType: "User", targetId: actor.id });
  });
}
