import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { PartnershipPhase, Role } from "@/lib/generated/prisma/enums";
import { ALL_PHASES, CLOSED_PHASES } from "./phases";

/** A partnership without any change inside it for this many days is flagged on the board. */
export const INACTIVE_AFTER_DAYS = 30;
const DAY = 86_400_000;

export type BoardParty = { id: string; name: string; comune: string };

export type BoardPartnership = {
  id: string;
  title: string;
  phase: PartnershipPhase;
  position: number;
  /** Optimistic concurrency: a move names the version it saw. */
  version: number;
  phaseEnteredAt: Date;
  /** Whole days since the partnership entered its current phase. */
  daysInPhase: number;
  company: BoardParty;
  nonprofit: BoardParty;
  staffOwner: { id: string; name: string } | null;
  /** The earliest undone checklist item with a due date, of any phase (open partnerships only). */
  nextDue: { text: string | null; templateKey: string | null; phase: PartnershipPhase; dueDate: Date } | null;
  flags: {
    /** An undone checklist item or activity is due before today. */
    overdue: boolean;
    /** Nothing happened inside the partnership for INACTIVE_AFTER_DAYS days. */
    inactive: boolean;
  };
};

export type BoardColumn = { phase: PartnershipPhase; partnerships: BoardPartnership[] };

/** Today's date in Italy as a UTC midnight, the way `@db.Date` columns come back. */
export function startOfToday(now: Date): Date {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${day}T00:00:00.000Z`);
}

const closed = CLOSED_PHASES as readonly PartnershipPhase[];

/** Every partnership, column by column in board order, with what its card shows. Staff only. */
export async function listBoardPartnerships(db: Database, actor: { role: Role }, now: Date = new Date()): Promise<BoardColumn[]> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see every partnership.");
  const today = startOfToday(now);
  const party = { select: { id: true, name: true, comune: true } } as const;
  const rowsRead = db.partnership.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      phase: true,
      position: true,
      version: true,
      phaseEnteredAt: true,
      lastActivityAt: true,
      company: party,
      nonprofit: party,
      staffOwner: { select: { id: true, name: true } },
    },
  });
  // Two small queries instead of a join per card: the earliest due item of each open
  // partnership (ordered by date, the first seen wins) and the ones with late activities.
  const dueItemsRead = db.checklistItem.findMany({
    where: { doneAt: null, dueDate: { not: null }, partnership: { phase: { notIn: [...closed] } } },
    orderBy: [{ dueDate: "asc" }, { position: "asc" }],
    select: { partnershipId: true, text: true, templateKey: true, phase: true, dueDate: true },
  });
  const lateActivitiesRead = db.activity.groupBy({
    by: ["partnershipId"],
    where: { doneAt: null, dueOn: { lt: today }, partnership: { phase: { notIn: [...closed] } } },
  });
  const [rows, dueItems, lateActivities] = await Promise.all([rowsRead, dueItemsRead, lateActivitiesRead]);
  const late = new Set(lateActivities.map((row) => row.partnershipId));
  const nextDue = new Map<string, BoardPartnership["nextDue"]>();
  for (const item of dueItems) {
    if (item.dueDate && !nextDue.has(item.partnershipId)) {
      nextDue.set(item.partnershipId, { text: item.text, templateKey: item.templateKey, phase: item.phase, dueDate: item.dueDate });
    }
  }

  const cards: BoardPartnership[] = rows.map(({ lastActivityAt, ...row }) => {
    const open = !closed.includes(row.phase);
    const due = open ? (nextDue.get(row.id) ?? null) : null;
    return {
      ...row,
      daysInPhase: Math.max(0, Math.floor((now.getTime() - row.phaseEnteredAt.getTime()) / DAY)),
      nextDue: due,
      flags: {
        overdue: open && ((due !== null && due.dueDate < today) || late.has(row.id)),
        inactive: open && now.getTime() - lastActivityAt.getTime() > INACTIVE_AFTER_DAYS * DAY,
      },
    };
  });
  return ALL_PHASES.map((phase) => ({ phase, partnerships: cards.filter((card) => card.phase === phase) }));
}
