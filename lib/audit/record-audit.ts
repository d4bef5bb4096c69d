import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./audit-actions";

type AuditWriter = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): Promise<unknown> } };

export type AuditEntry = {
  /** Set by a caller that refers to the row before it is written (a board move, for its undo). */
  id?: string;
  actorId: string | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  /** For security events: where the request came from. */
  ipAddress?: string;
};

/** Appends to the audit log; pass the transaction client so the row commits with the change. */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
