import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { serverConfig } from "@/lib/config/server-config";
import { isStaffRole, type StaffActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { MOVE_REASON_MIN, movePartnershipSchema, type MovePartnershipInput } from "./move-partnership-schema";
import { ensurePhaseChecklist } from "./checklist/ensure-phase-checklist";
import { loadPhaseFacts } from "./load-phase-facts";
import { askPhaseCheckIns } from "./monitoring/ask-phase-check-ins";
import { judgeMove, type GateCode } from "./phase-gates";
import { needsRebalance, POSITION_STEP, positionBetween } from "./position-between";

/** A move crossing unmet gates (or discontinuing) needs a written reason: the UI asks for it. */
export class ReasonRequiredError extends Error {
  override readonly name = "ReasonRequiredError";
  constructor(readonly gates: GateCode[]) {
    super(`A written reason of at least ${MOVE_REASON_MIN} characters is required for this move.`);
  }
}

/** `moveId` names the move (its audit row) for an undo (board/undo-partnership-move.ts). */
export type MoveResult = { id: string; moveId: string; phase: PartnershipPhase; position: number; version: number };

/** What a move wrote besides the card, kept in its audit row so that an undo can take it back. */
export type MoveEffects = { checkInsCreated: string[]; checkInsSuperseded: string[]; checklistCreated: string[] };

/**
 * Moves a board card to a phase (or within its column), between two neighbours.
 * Optimistic concurrency: the move applies only if the card still has the version and
 * phase the caller saw; otherwise ConflictError and nothing changes. Staff only.
 * The gates judge the partnership's real facts (agreement, indicators, final evaluations).
 * A phase change supersedes each side's open check-in and (into an open phase) asks a new
 * one, in the same transaction. Both organisations are told only after a grace period
 * (PHASE_CHANGE_GRACE_SECONDS): the move leaves a PhaseChangeNotice that the job
 * lib/jobs/announce-phase-changes.ts turns into notifications and e-mails, and that an
 * undo within the grace deletes.
 */
export async function movePartnership(db: Database, actor: StaffActor, rawInput: MovePartnershipInput, now: Date = new Date()): Promise<MoveResult> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff move partnerships.");
  const input = movePartnershipSchema.parse(rawInput);
  const { partnershipId, fromPhase, toPhase, expectedVersion, reason } = input;

  const moveId = randomUUID();
  return db.$transaction(async (tx) => {
    const current = await tx.partnership.findUnique({
      where: { id: partnershipId },
      select: { id: true, phase: true, position: true, version: true, phaseEnteredAt: true },
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
    // "Right after that card" (beforeId alone): the browser may hold only the top of a long
    // column, so the card that really follows it is found here. The bottom of a column the
    // browser holds whole is asked for as "at the end" (no neighbours) instead.
    const afterId = input.beforeId && !input.afterId ? await cardFollowing(tx, input.beforeId, partnershipId) : (input.afterId ?? null);
    let after = await neighbour(afterId);
    // Cards that share a position (created side by side) are ordered by creation: a card
    // found as the follower may sit at the very same position, which only a renumbering separates.
    const tied = before !== null && after !== null && before === after && afterId !== input.afterId;
    if (before !== null && after !== null && (tied || (before < after && needsRebalance(before, after)))) {
      // The neighbours are too close to halve again: renumber the column, keeping its order.
      // Only positions change, not versions, so nobody else's move is refused for it.
      const column = await tx.partnership.findMany({
        where: { phase: toPhase, id: { not: partnershipId } },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      const renumbered = new Map(column.map((row, index) => [row.id, (index + 1) * POSITION_STEP]));
      for (const [id, position] of renumbered) await tx.partnership.update({ where: { id }, data: { position } });
      before = renumbered.get(input.beforeId ?? "") ?? null;
      after = renumbered.get(afterId ?? "") ?? null;
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

    const effects: MoveEffects = { checkInsCreated: [], checkInsSuperseded: [], checklistCreated: [] };
    if (phaseChanges) {
      const asked = await askPhaseCheckIns(tx, { partnershipId, phase: toPhase, moveId, now });
      effects.checkInsCreated = asked.created;
      effects.checkInsSuperseded = asked.superseded;
      // The new phase's default checklist is there from the first moment, so the board's
      // "next item due" and the reminders see it even before anyone opens the page.
      const existing = new Set((await tx.checklistItem.findMany({ where: { partnershipId, phase: toPhase }, select: { id: true } })).map((row) => row.id));
      if (await ensurePhaseChecklist(tx, partnershipId, toPhase)) {
        const items = await tx.checklistItem.findMany({ where: { partnershipId, phase: toPhase }, select: { id: true } });
        effects.checklistCreated = items.map((row) => row.id).filter((id) => !existing.has(id));
      }
      if (toPhase !== "DISCONTINUED") {
        const notBefore = new Date(now.getTime() + serverConfig().phaseChangeGraceSeconds * 1000);
        await tx.phaseChangeNotice.create({ data: { partnershipId, moveId, toPhase, notBefore } });
      }
    }

    const result: MoveResult = { id: partnershipId, moveId, phase: toPhase, position, version: expectedVersion + 1 };
    await recordAudit(tx, {
      id: moveId,
      actorId: actor.id,
      action: "partnership.move",
      targetType: "Partnership",
      targetId: partnershipId,
      before: { phase: current.phase, position: current.position, version: current.version, phaseEnteredAt: current.phaseEnteredAt.toISOString() },
      after: {
        phase: toPhase,
        position,
        version: result.version,
        ...(reason ? { reason } : {}),
        ...(gates.length > 0 ? { gatesOverridden: gates } : {}),
        ...effects,
      },
    });
    return result;
  });
}

/** The card just after `id` in its column's order (position, creation, id), the moving card aside. */
async function cardFollowing(tx: Prisma.TransactionClient, id: string, movingId: string): Promise<string | null> {
  const card = await tx.partnership.findUnique({ where: { id }, select: { phase: true, position: true, createdAt: true } });
  if (!card) return null;
  const next = await tx.partnership.findFirst({
    where: {
      phase: card.phase,
      id: { not: movingId },
      OR: [
        { position: { gt: card.position } },
        { position: card.position, createdAt: { gt: card.createdAt } },
        { position: card.position, createdAt: card.createdAt, id: { gt: id } },
      ],
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return next?.id ?? null;
}
