import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ACCOUNT_CHANGES_PER_USER, enforceWriteLimits } from "@/lib/rate-limit/write-limits";
import type { UpdateAccountProfileInput } from "./account-schemas";

/** The person's own name and language (of e-mails and notifications). Only their own row is touched. */
export async function updateAccountProfile(db: Database, actor: { id: string }, input: UpdateAccountProfileInput): Promise<void> {
  await enforceWriteLimits(db, [{ key: `account:${actor.id}`, window: ACCOUNT_CHANGES_PER_USER }]);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, locale: true } });
    await tx.user.update({ where: { id: actor.id }, data: { name: input.name, locale: input.locale } });
    await recordAudit(tx, { actorId: actor.id, action: "account.update-profile", targetType: "User", targetId: actor.id, before, after: input });
  });
}
