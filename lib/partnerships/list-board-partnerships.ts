import { DAY_MS, startOfTodayInRome } from "@/lib/dates/rome-calendar";
import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { PartnershipPhase, Role } from "@/lib/generated/prisma/enums";
import { ALL_PHASES, CLOSED_PHASES } from "./phases";

/** A partnership without any change inside it for this many days is flagged on the board. */
export const INACTIVE_AFTER_DAYS = 30;

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

const closed = CLOSED_PHASES as readonly PartnershipPhase[];

type CardRow = {
  id: string;
  title: string;
  phase: PartnershipPhase;
  position: number;
  version: number;
  phaseEnteredAt: Date;
  lastActivityAt: Date;
  companyId: string;
  companyName: string;
  companyComune: string;
  nonprofitId: string;
  nonprofitName: string;
  nonprofitComune: string;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: Date | null;
  dueText: string | null;
  dueKey: string | null;
  duePhase: PartnershipPhase | null;
  lateActivity: boolean;
};

/** Every partnership, column by column in board order, with what its card shows. Staff only. */
export async function listBoardPartnerships(db: Database, actor: { role: Role }, now: Date = new Date()): Promise<BoardColumn[]> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see every partnership.");
  const today = startOfTodayInRome(now);
  // One query for the whole board (a LATERAL join picks each card's next due item): the
  // board is read on every visit, and one round trip is twice as fast as the relation
  // queries on the embedded database (see npm run bench:board).
  const rows = await db.$queryRaw<CardRow[]>`
    SELECT p.id, p.title, p.phase::text AS phase, p.position, p.version, p."phaseEnteredAt", p."lastActivityAt",
      c.id AS "companyId", c.name AS "companyName", c.comune AS "companyComune",
      n.id AS "nonprofitId", n.name AS "nonprofitName", n.comune AS "nonprofitComune",
      u.id AS "ownerId", u.name AS "ownerName",
      d."dueDate", d.text AS "dueText", d."templateKey" AS "dueKey", d.phase::text AS "duePhase",
      EXISTS (
        SELECT 1 FROM "Activity" a
        WHERE a."partnershipId" = p.id AND a."doneAt" IS NULL AND a."dueOn" < ${today}::date
      ) AS "lateActivity"
    FROM "Partnership" p
    JOIN "Organization" c ON c.id = p."companyId"
    JOIN "Organization" n ON n.id = p."nonprofitId"
    LEFT JOIN "User" u ON u.id = p."staffOwnerId"
    LEFT JOIN LATERAL (
      SELECT i."dueDate", i.text, i."templateKey", i.phase FROM "ChecklistItem" i
      WHERE i."partnershipId" = p.id AND i."doneAt" IS NULL AND i."dueDate" IS NOT NULL
      ORDER BY i."dueDate", i.position LIMIT 1
    ) d ON p.phase NOT IN ('COMPLETED', 'DISCONTINUED')
    ORDER BY p.position, p."createdAt", p.id`;

  const cards: BoardPartnership[] = rows.map((row) => {
    const open = !closed.includes(row.phase);
    const due =
      open && row.dueDate && row.duePhase
        ? { text: row.dueText, templateKey: row.dueKey, phase: row.duePhase, dueDate: row.dueDate }
        : null;
    return {
      id: row.id,
      title: row.title,
      phase: row.phase,
      position: Number(row.position),
      version: Number(row.version),
      phaseEnteredAt: row.phaseEnteredAt,
      daysInPhase: Math.max(0, Math.floor((now.getTime() - row.phaseEnteredAt.getTime()) / DAY_MS)),
      company: { id: row.companyId, name: row.companyName, comune: row.companyComune },
      nonprofit: { id: row.nonprofitId, name: row.nonprofitName, comune: row.nonprofitComune },
      staffOwner: row.ownerId && row.ownerName !== null ? { id: row.ownerId, name: row.ownerName } : null,
      nextDue: due,
      flags: {
        overdue: open && ((due !== null && due.dueDate < today) || row.lateActivity),
        inactive: open && now.getTime() - row.lastActivityAt.getTime() > INACTIVE_AFTER_DAYS * DAY_MS,
      },
    };
  });
  return ALL_PHASES.map((phase) => ({ phase, partnerships: cards.filter((card) => card.phase === phase) }));
}
