import { recordAudit } from "@/lib/audit/record-audit";
import { isStaffRole, type StaffActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { MOVE_REASON_MIN, movePartnershipSchema, type MovePartnershipInput } from "./move-partnership-schema";
import { ensurePhaseChecklist } from "./checklist/ensure-phase-checklist";
import { loadPhaseFacts } from "./load-phase-facts";
import { notifyPhaseChange, type PhaseChange } from "./monitoring/notify-phase-change";
import { judgeMove, type GateCode } from "./phase-gates";
import { needsRebalance, POSITION_STEP, positionBetween } from "./position-between";
import { logger } from "@/lib/log/logger";

/** A move crossing unmet gates (or discontinuing) needs a written reason: the UI asks for it. */
export class ReasonRequiredError extends Error {
  override readonly name = "ReasonRequiredError";
  constructor(readonly gates: GateCode[]) {
    super(`A written reason of at least ${MOVE_REASON_MIN} characters is required for this move.`);
  }
}

export type MoveResult = { id: string; phase: PartnershipPhase; position: number; version: number };

/**
 * Moves a board card to a phase (or within its column), between two neighbours.
 * Optimistic concurrency: the move applies only if the card still has the version and
 * phase the caller saw; otherwise ConflictError and nothing changes. Staff only.
 * The gates judge the partnership's real facts (agreement, indicators, final evaluations).
 * A phase change (other than discontinuing) asks each side a check-in on the relationship,
 * in the same transaction; both organisations are told once it is committed.
 */
export async function movePartnership(db: Database, actor: StaffActor, rawInput: MovePartnershipInput): Promise<MoveResult> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff move partnerships.");
  const input = movePartnershipSchema.parse(rawInput);
  const { partnershipId, fromPhase, toPhase, expectedVersion, reason } = input;

  let phaseChange: PhaseChange | null = null;
  const moved = await db.$transaction(async (tx) => {
    const current = await tx.partnership.findUnique({
      where: { id: partnershipId },
      select: { id: true, phase: true, position: true, version: true, title: true, companyId: true, nonprofitId: true },
    });
    if (!current) throw new NotFoundError("Partnership not found.");
    if (current.version !== expectedVersion || current.phase !== fromPhase) {
      throw new ConflictError("The partnership changed since it was read.");
    }

    const phaseChanges = fromPhase !== toPhase;
    let gates: GateCode[] = [];
    if (phaseChanges) {
      const verdict = judgeMove(fromPhase, toPhase, await loadPhaseFacts(tx, partnershipId));
      if (verdict.kind === "forbidden") throw new ValidationError(`Move not possible: ${verdict.why}.`, "toPhase");
      if (verdict.kind === "gated") gates = verdict.gates;
    } else if (fromPhase === "COMPLETED" || fromPhase === "DISCONTINUED") {
      throw new ValidationError("Move not possible: closed.", "toPhase");
    }
    const needsReason = gates.length > 0 || (phaseChanges && toPhase === "DISCONTINUED");
    if (needsReason && (!reason || reason.length < MOVE_REASON_MIN)) throw new ReasonRequiredError(gates);

    const neighbour = async (id: string | null | undefined) => {
      if (!id) return null;
      const row = await tx.partnership.findUnique({ where: { id }, select: { phase: true, position: true } });
      // A neighbour that left the column meanwhile: the client's picture is stale.
      if (!row || row.phase !== toPhase || id === partnershipId) throw new ConflictError("The column changed since it was read.");
      return row.position;
    };
    let before = await neighbour(input.beforeId);
    let after = await neighbour(input.afterId);
    if (before !== null && after !== null && before < after && needsRebalance(before, after)) {
      // The neighbours are too close to halve again: renumber the column, keeping its order.
      // Only positions change, not versions, so nobody else's move is refused for it.
      const column = await tx.partnership.findMany({
        where: { phase: toPhase, id: { not: partnershipId } },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true },
      });
      const renumbered = new Map(column.map((row, index) => [row.id, (index + 1) * POSITION_STEP]));
      for (const [id, position] of renumbered) await tx.partnership.update({ where: { id }, data: { position } });
      before = renumbered.get(input.beforeId ?? "") ?? null;
      after = renumbered.get(input.afterId ?? "") ?? null;
    }
    let position: number;
    if (before === null && after === null) {
      // Dropped without neighbours: at the end of the target column.
      const last = await tx.partnership.findFirst({
        where: { phase: toPhase, id: { not: partnershipId } },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      position = positionBetween(last?.position ?? null, null);
    } else {
      if (before !== null && after !== null && !(before < after)) throw new ConflictError("The column changed since it was read.");
      position = positionBetween(before, after);
    }

    const now = new Date();
    const updated = await tx.partnership.updateMany({
      where: { id: partnershipId, version: expectedVersion, phase: fromPhase },
      data: {
        phase: toPhase,
        position,
        version: { increment: 1 },
        ...(phaseChanges ? { phaseEnteredAt: now } : {}),
        ...(phaseChanges && toPhase === "DISCONTINUED" ? { discontinuedReason: reason ?? null, endedAt: now } : {}),
        ...(phaseChanges && toPhase === "COMPLETED" ? { endedAt: now } : {}),
      },
    });
    if (updated.count === 0) throw new ConflictError("The partnership changed since it was read.");

    if (phaseChanges && toPhase !== "DISCONTINUED") {
      // One check-in per side about the phase just entered ("how is it going?").
      await tx.checkIn.createMany({
        data: (["COMPANY", "NONPROFIT"] as const).map((side) => ({ partnershipId, phase: toPhase, side, requestedAt: now })),
      });
      // The new phase's default checklist is there from the first moment, so the board's
      // "next item due" and the reminders see it even before anyone opens the page.
      await ensurePhaseChecklist(tx, partnershipId, toPhase);
      phaseChange = { partnershipId, title: current.title, companyId: current.companyId, nonprofitId: current.nonprofitId, toPhase };
    }

    const result: MoveResult = { id: partnershipId, phase: toPhase, position, version: expectedVersion + 1 };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "partnership.move",
      targetType: "Partnership",
      targetId: partnershipId,
      before: { phase: current.phase, position: current.position, version: current.version },
      after: {
        phase: toPhase,
        position,
        version: result.version,
        ...(reason ? { reason } : {}),
        ...(gates.length > 0 ? { gatesOverridden: gates } : {}),
      },
    });
    return result;
  });
  // After the commit: the move stands even if telling people fails.
  const change = phaseChange as PhaseChange | null;
  if (change) {
    await notifyPhaseChange(db, change).catch((error: unknown) => logger.error({ err: error }, "phase change notification failed"));
  }
  return moved;
}
