import { DAY_MS, startOfTodayInRome } from "@/lib/dates/rome-calendar";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { CLOSED_PHASES } from "../phases";
import type { BoardFilters } from "./board-filters";
import type { BoardCursor } from "./board-cursor";

// The board's cards read straight from PostgreSQL, filtered there: at thousands of
// partnerships the page cannot read them all to keep twenty per column. Every query orders
// a column the same way (position, then creation, then id), so a page can continue
// exactly after the last card the browser holds.

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
  /** Where the card sits in its column's order, for the next page (see board-cursor.ts). */
  cursor: BoardCursor;
};

const closed = CLOSED_PHASES as readonly PartnershipPhase[];

/** Lower case without accents, as the SQL side folds names (see `foldedSql`). */
export const foldText = (value: string) => value.toLocaleLowerCase("it").normalize("NFD").replace(/\p{Diacritic}/gu, "");

// translate() rather than the unaccent extension: it needs no extension on the server, and
// Italian names only carry these accents.
const ACCENTED = "àáâäãèéêëìíîïòóôöõùúûüçñ";
const PLAIN = "aaaaaeeeeiiiiooooouuuucn";
const foldedSql = (column: Prisma.Sql) => Prisma.sql`translate(lower(${column}), ${ACCENTED}, ${PLAIN})`;
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Who is looking ("mine") and when ("today" for the flags). */
export type FilterScope = { viewerId: string; now: Date };

/** The overdue and inactive flags of an open partnership `p`, as SQL booleans. */
function flagSql(now: Date) {
  const today = startOfTodayInRome(now);
  const quietSince = new Date(now.getTime() - INACTIVE_AFTER_DAYS * DAY_MS);
  const open = Prisma.sql`p.phase NOT IN ('COMPLETED', 'DISCONTINUED')`;
  return {
    overdue: Prisma.sql`(${open} AND (
      EXISTS (SELECT 1 FROM "ChecklistItem" i WHERE i."partnershipId" = p.id AND i."doneAt" IS NULL AND i."dueDate" < ${today})
      OR EXISTS (SELECT 1 FROM "Activity" a WHERE a."partnershipId" = p.id AND a."doneAt" IS NULL AND a."dueOn" < ${today}::date)))`,
    inactive: Prisma.sql`(${open} AND p."lastActivityAt" < ${quietSince})`,
  };
}

/** The filters as a WHERE condition on `p` (the partnership), `c` (company), `n` (nonprofit). */
export function filterSql(filters: BoardFilters, scope: FilterScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.owner === "unassigned") parts.push(Prisma.sql`p."staffOwnerId" IS NULL`);
  else if (filters.owner === "mine") parts.push(Prisma.sql`p."staffOwnerId" = ${scope.viewerId}`);
  else if (filters.owner) parts.push(Prisma.sql`p."staffOwnerId" = ${filters.owner}`);
  if (filters.cause) {
    // The cause lives in the nonprofit's questionnaire (a list of codes a–z).
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "OrganizationProfile" op
      WHERE op."organizationId" = p."nonprofitId" AND op.data -> 'causes' @> ${JSON.stringify([filters.cause])}::jsonb)`);
  }
  if (filters.comune) {
    const comune = foldText(filters.comune);
    parts.push(Prisma.sql`(${foldedSql(Prisma.sql`c.comune`)} = ${comune} OR ${foldedSql(Prisma.sql`n.comune`)} = ${comune})`);
  }
  if (filters.flagged) {
    const flags = flagSql(scope.now);
    parts.push(Prisma.sql`(${flags.overdue} OR ${flags.inactive})`);
  }
  if (filters.q) {
    const pattern = `%${escapeLike(foldText(filters.q))}%`;
    parts.push(Prisma.sql`(${foldedSql(Prisma.sql`p.title`)} LIKE ${pattern}
      OR ${foldedSql(Prisma.sql`c.name`)} LIKE ${pattern} OR ${foldedSql(Prisma.sql`n.name`)} LIKE ${pattern})`);
  }
  return Prisma.join(parts, " AND ");
}

type CardRow = {
  id: string;
  title: string;
  phase: PartnershipPhase;
  position: number;
  version: number;
  /** The creation time as the database holds it (microseconds, no zone): a cursor compares it exactly. */
  createdKey: string;
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

export type CardSelection = {
  filters: BoardFilters;
  scope: FilterScope;
  /** Only these columns (all of them when absent). */
  phases?: readonly PartnershipPhase[];
  /** Only cards after this one in the column's order. */
  after?: BoardCursor | null;
  /** At most this many cards per column (all when absent). */
  perColumn?: number;
};

/**
 * The cards of the board that pass the filters, column by column in board order, with what
 * each card shows. One query: a window numbers each column's cards, and only the kept ones
 * pay for their next due item (a LATERAL join). Callers check that the actor is staff.
 */
export async function selectBoardCards(db: Database, selection: CardSelection): Promise<BoardPartnership[]> {
  const { now } = selection.scope;
  const today = startOfTodayInRome(now);
  const where = [filterSql(selection.filters, selection.scope)];
  if (selection.phases) where.push(Prisma.sql`p.phase::text IN (${Prisma.join([...selection.phases])})`);
  if (selection.after) {
    const { position, createdAt, id } = selection.after;
    where.push(Prisma.sql`(p.position, p."createdAt", p.id) > (${position}::float8, ${createdAt}::timestamp, ${id})`);
  }
  const limit = selection.perColumn === undefined ? Prisma.empty : Prisma.sql`WHERE k.rank <= ${selection.perColumn}`;
  const rows = await db.$queryRaw<CardRow[]>`
    WITH k AS (
      SELECT p.id, ROW_NUMBER() OVER (PARTITION BY p.phase ORDER BY p.position, p."createdAt", p.id) AS rank
      FROM "Partnership" p
      JOIN "Organization" c ON c.id = p."companyId"
      JOIN "Organization" n ON n.id = p."nonprofitId"
      WHERE ${Prisma.join(where, " AND ")}
    )
    SELECT p.id, p.title, p.phase::text AS phase, p.position, p.version, p."phaseEnteredAt",
      to_char(p."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "createdKey", p."lastActivityAt",
      c.id AS "companyId", c.name AS "companyName", c.comune AS "companyComune",
      n.id AS "nonprofitId", n.name AS "nonprofitName", n.comune AS "nonprofitComune",
      u.id AS "ownerId", u.name AS "ownerName",
      d."dueDate", d.text AS "dueText", d."templateKey" AS "dueKey", d.phase::text AS "duePhase",
      EXISTS (
        SELECT 1 FROM "Activity" a
        WHERE a."partnershipId" = p.id AND a."doneAt" IS NULL AND a."dueOn" < ${today}::date
      ) AS "lateActivity"
    FROM (SELECT k.id FROM k ${limit}) kept
    JOIN "Partnership" p ON p.id = kept.id
    JOIN "Organization" c ON c.id = p."companyId"
    JOIN "Organization" n ON n.id = p."nonprofitId"
    LEFT JOIN "User" u ON u.id = p."staffOwnerId"
    LEFT JOIN LATERAL (
      SELECT i."dueDate", i.text, i."templateKey", i.phase FROM "ChecklistItem" i
      WHERE i."partnershipId" = p.id AND i."doneAt" IS NULL AND i."dueDate" IS NOT NULL
      ORDER BY i."dueDate", i.position LIMIT 1
    ) d ON p.phase NOT IN ('COMPLETED', 'DISCONTINUED')
    ORDER BY p.position, p."createdAt", p.id`;
  return rows.map((row) => toCard(row, now, today));
}

function toCard(row: CardRow, now: Date, today: Date): BoardPartnership {
  const open = !closed.includes(row.phase);
  const due =
    open && row.dueDate && row.duePhase ? { text: row.dueText, templateKey: row.dueKey, phase: row.duePhase, dueDate: row.dueDate } : null;
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
    cursor: { position: Number(row.position), createdAt: row.createdKey, id: row.id },
  };
}

/** Each column's true totals: every card, and those the filters let through. */
export async function countBoardCards(db: Database, filters: BoardFilters, scope: FilterScope) {
  const rows = await db.$queryRaw<{ phase: PartnershipPhase; total: bigint; shown: bigint }[]>`
    SELECT p.phase::text AS phase, COUNT(*) AS total, COUNT(*) FILTER (WHERE ${filterSql(filters, scope)}) AS shown
    FROM "Partnership" p
    JOIN "Organization" c ON c.id = p."companyId"
    JOIN "Organization" n ON n.id = p."nonprofitId"
    GROUP BY p.phase`;
  return new Map(rows.map((row) => [row.phase, { total: Number(row.total), shown: Number(row.shown) }]));
}

/** The comuni of every organisation in a partnership, for the filter form. */
export async function listPartnershipComuni(db: Database): Promise<string[]> {
  const rows = await db.$queryRaw<{ comune: string }[]>`
    SELECT DISTINCT o.comune FROM "Organization" o
    WHERE o.id IN (SELECT "companyId" FROM "Partnership" UNION SELECT "nonprofitId" FROM "Partnership")`;
  return rows.map((row) => row.comune);
}
