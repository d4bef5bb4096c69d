import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { OptionalConsent } from "@/lib/signup/constants";
import { ACCOUNT_CHANGES_PER_USER, enforceWriteLimits } from "@/lib/rate-limit/write-limits";

/**
 * Withdraws an optional consent (the schema admits only those: the privacy notice's consent is
 * needed for the service and ends with the account). The row stays with its withdrawal date,
 * the proof of what was given and when it ended.
 *
 * @throws NotFoundError when no such consent is in force
 */
export async function withdrawConsent(db: Database, actor: { id: string }, input: { kind: OptionalConsent }): Promise<void> {
  await enforceWriteLimits(db, [{ key: `account:${actor.id}`, window: ACCOUNT_CHANGES_PER_USER }]);
  await db.$transaction(async (tx) => {
    const { count } = await tx.consent.updateMany({ where: { userId: actor.id, kind: input.kind, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
    if (count === 0) throw new NotFoundError("consent");
    await recordAudit(tx, { actorId: actor.id, action: "account.withdraw-consent", targetType: "User", targetId: actor.id, after: { kind: input.kind } });
  });
}
