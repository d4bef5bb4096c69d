import { recordAudit } from "@/lib/audit/record-audit";
import { isStaffRole, type StaffActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { PartnershipPhase as Phases } from "@/lib/generated/prisma/enums";
import type { MoveResult } from "../move-partnership";
import { CLOSED_PHASES } from "../phases";
import { undoPartnershipMoveSchema, type UndoPartnershipMoveInput } from "./undo-move-schema";

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : []);
const isPhase = (value: unknown): value is PartnershipPhase => typeof value === "string" && Object.values<string>(Phases).includes(value);

/**
 * Takes a board move back as if it had not happened: the card returns to its phase,
 * position, phase-entry date and version, and what the move triggered is withdrawn — its
 * check-ins still unanswered (the ones it superseded are open again), the checklist items
 * it created that nobody touched, and its phase-change notice when the grace period is not
 * over (then nobody is ever told; after it, people were told and that stands).
 *
 * Only the partnership's latest move, not yet undone, while nothing moved the card since
 * (its version and phase are still the move's); a move into COMPLETED or DISCONTINUED is
 * not undone (endings are decided, and told, with care). The history keeps both the move
 * and its undo; the dashboard leaves an undone move out (lib/dashboard/get-dashboard.ts).
 */
export async function undoPartnershipMove(db: Database, actor: StaffActor, rawInput: UndoPartnershipMoveInput): Promise<MoveResult> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff undo board moves.");
  const { partnershipId, moveId } = undoPartnershipMoveSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    // One undo at a time per card: the row lock orders an undo against a concurrent move.
    await tx.$executeRaw`SELECT 1 FROM "Partnership" WHERE "id" = ${partnershipId} FOR UPDATE`;
    const latest = await tx.auditLog.findFirst({
      where: { targetType: "Partnership", targetId: partnershipId, action: { in: ["partnership.move", "partnership.moveUndone"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, action: true, before: true, after: true },
    });
    if (!latest) throw new NotFoundError("Move not found.");
    if (latest.id !== moveId || latest.action !== "partnership.move") throw new ConflictError("Not the latest move, or already undone.");
    const before = record(latest.before);
    const after = record(latest.after);
    const enteredAt = typeof before.phaseEnteredAt === "string" ? new Date(before.phaseEnteredAt) : null;
    if (!isPhase(before.phase) || !isPhase(after.phase) || typeof before.position !== "number" || typeof before.version !== "number" || typeof after.version !== "number" || !enteredAt || Number.isNaN(enteredAt.getTime())) {
      // A move recorded before undo existed: it cannot be restored faithfully.
      throw new ValidationError("Move not possible: not undoable.", "moveId");
    }
    if ((CLOSED_PHASES as readonly PartnershipPhase[]).includes(after.phase)) throw new ValidationError("Move not possible: closed.", "moveId");

    const restored = await tx.partnership.updateMany({
      where: { id: partnershipId, phase: after.phase, version: after.version },
      data: { phase: before.phase, position: before.position, version: before.version, phaseEnteredAt: enteredAt },
    });
    if (restored.count === 0) throw new ConflictError("The partnership changed since the move.");

    const open = { answeredAt: null, dismissedAt: null };
    const withdrawn = await tx.checkIn.deleteMany({ where: { id: { in: ids(after.checkInsCreated) }, moveId, ...open } });
    await tx.checkIn.updateMany({ where: { id: { in: ids(after.checkInsSuperseded) }, ...open }, data: { supersededAt: null } });
    const untouched = { doneAt: null, text: null, dueDate: null, assigneeId: null };
    const checklist = await tx.checklistItem.deleteMany({ where: { id: { in: ids(after.checklistCreated) }, ...untouched } });
    const notice = await tx.phaseChangeNotice.deleteMany({ where: { moveId } });

    await recordAudit(tx, {
      actorId: actor.id,
      action: "partnership.moveUndone",
      targetType: "Partnership",
      targetId: partnershipId,
      before: { phase: after.phase, position: after.position ?? null, version: after.version },
      after: {
        moveId,
        phase: before.phase,
        position: before.position,
        version: before.version,
        phaseEnteredAt: enteredAt.toISOString(),
        checkInsWithdrawn: withdrawn.count,
        checklistWithdrawn: checklist.count,
        // Whether the partners had already been told (the grace period was over).
        alreadyTold: notice.count === 0,
      },
    });
    return { id: partnershipId, moveId, phase: before.phase, position: before.position, version: before.version };
  });
}
