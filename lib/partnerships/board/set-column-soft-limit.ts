import { recordAudit } from "@/lib/audit/record-audit";
import { isStaffRole, type StaffActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { setColumnSoftLimitSchema, type BoardColumnKey, type SetColumnSoftLimitInput } from "./column-soft-limit-schema";

/**
 * Sets (or clears, with null) how many cards a column should hold. It is a warning for
 * staff, never a block: moves into a full column still apply. Staff only.
 */
export async function setColumnSoftLimit(
  db: Database,
  actor: StaffActor,
  rawInput: SetColumnSoftLimitInput,
): Promise<{ column: BoardColumnKey; softLimit: number | null }> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff set the board's limits.");
  const { column, softLimit } = setColumnSoftLimitSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.boardColumnSetting.findUnique({ where: { column }, select: { softLimit: true } });
    await tx.boardColumnSetting.upsert({ where: { column }, create: { column, softLimit }, update: { softLimit } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "board.softLimit",
      targetType: "BoardColumnSetting",
      targetId: column,
      before: { softLimit: before?.softLimit ?? null },
      after: { softLimit },
    });
    return { column, softLimit };
  });
}
