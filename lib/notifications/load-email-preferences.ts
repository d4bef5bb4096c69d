import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailPreferences } from "./email-kinds";

/** The e-mail choices of several people at once, by user id (no entry: all defaults). */
export async function loadEmailPreferences(db: Pick<Prisma.TransactionClient, "notificationPreference">, userIds: string[]): Promise<Map<string, EmailPreferences>> {
  const rows = await db.notificationPreference.findMany({ where: { userId: { in: userIds } }, select: { userId: true, kind: true, delivery: true } });
  const byUser = new Map<string, EmailPreferences>();
  for (const row of rows) byUser.set(row.userId, { ...byUser.get(row.userId), [row.kind]: row.delivery });
  return byUser;
}
