import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { PartnershipPhase as Phases } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";

/** How many entries the history shows: the newest ones. */
export const HISTORY_LIMIT = 200;

export type HistoryEntry =
  | {
      kind: "move";
      id: string;
      at: Date;
      actor: string | null;
      from: PartnershipPhase | null;
      to: PartnershipPhase | null;
      reason: string | null;
      gatesOverridden: string[];
    }
  | { kind: "staffOwner"; id: string; at: Date; actor: string | null; from: string | null; to: string | null }
  | { kind: "titleGoal"; id: string; at: Date; actor: string | null; action: string; title: string | null; commonGoal: string | null }
  | { kind: "other"; id: string; at: Date; actor: string | null; action: string };

const phases = new Set<string>(Object.values(Phases));
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const phaseOf = (value: unknown) => (typeof value === "string" && phases.has(value) ? (value as PartnershipPhase) : null);
const textOf = (value: unknown) => (typeof value === "string" && value ? value : null);

/**
 * The partnership's change log, newest first: board moves (who, when, from where to where,
 * why, which gates were overridden), staff owner changes and any other audit row about
 * it. Staff only: it may carry reasons written for CSV.
 */
export async function listPartnershipHistory(db: Database, viewer: PartnershipViewer, input: { partnershipId: string }): Promise<HistoryEntry[]> {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  if (!access.isStaff) throw new ForbiddenError("Only CSV staff read a partnership's history.");
  const rows = await db.auditLog.findMany({
    where: {
      OR: [
        { targetType: "Partnership", targetId: access.partnershipId },
        // Rows about a part of the partnership (an agreement, a checklist item…) name it.
        { after: { path: ["partnershipId"], equals: access.partnershipId } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMIT,
    select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
  });
  return rows.map((row): HistoryEntry => {
    const base = { id: row.id, at: row.createdAt, actor: row.actor?.name ?? null };
    const before = record(row.before);
    const after = record(row.after);
    if (row.action === "partnership.move") {
      const gates = Array.isArray(after.gatesOverridden) ? after.gatesOverridden.filter((gate): gate is string => typeof gate === "string") : [];
      return { kind: "move", ...base, from: phaseOf(before.phase), to: phaseOf(after.phase), reason: textOf(after.reason), gatesOverridden: gates };
    }
    if (row.action === "partnership.staffOwner") {
      return { kind: "staffOwner", ...base, from: textOf(before.staffOwnerName), to: textOf(after.staffOwnerName) };
    }
    if (row.action === "partnership.titleGoal") {
      return { kind: "titleGoal", ...base, action: row.action, title: textOf(after.title), commonGoal: textOf(after.commonGoal) };
    }
    return { kind: "other", ...base, action: row.action };
  });
}
