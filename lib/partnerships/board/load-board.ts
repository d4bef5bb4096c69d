import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { PartnershipPhase, Role } from "@/lib/generated/prisma/enums";
import { ALL_PHASES, CLOSED_PHASES, OPEN_PHASES } from "../phases";
import { countBoardCards, listPartnershipComuni, selectBoardCards, type BoardPartnership } from "./board-card-query";
import type { BoardFilters } from "./board-filters";
import type { BoardColumnKey } from "./column-soft-limit-schema";
import { matchesProposal } from "./filter-board";
import { FIRST_PAGE_SIZE } from "./board-page-size";
import { pageOf } from "./load-board-column";
import { listBoardProposals, type BoardProposal } from "./list-board-proposals";

export type StaffOption = { id: string; name: string };

export type LoadedColumn = {
  phase: PartnershipPhase;
  /** The column's first cards that pass the filters (none for a closed column: it loads on demand). */
  partnerships: BoardPartnership[];
  /** Every card of the column that passes the filters, loaded or not. */
  total: number;
  /** Where the next page starts, or null when `partnerships` is the whole column. */
  nextCursor: string | null;
};

export type BoardData = {
  /** Every phase column, with its first cards and its true count. */
  columns: LoadedColumn[];
  proposals: BoardProposal[];
  /** Soft limits by column (absent: no limit). */
  softLimits: Partial<Record<BoardColumnKey, number>>;
  /** Cards (partnerships and proposals) the filters hide. */
  hidden: number;
  /** For the filter form and the owner menu. */
  staff: StaffOption[];
  comuni: string[];
};

const OPEN = OPEN_PHASES.map((entry) => entry.phase);
const isClosedPhase = (phase: PartnershipPhase) => (CLOSED_PHASES as readonly PartnershipPhase[]).includes(phase);

/**
 * What the staff board shows first, filtered in the database as the URL asks: each open
 * column's first FIRST_PAGE_SIZE cards, every column's true count, the proposals. The rest
 * of a long column, and the closed columns, come page by page (loadBoardColumn). Staff only.
 */
export async function loadBoard(
  db: Database,
  actor: { id: string; role: Role },
  filters: BoardFilters,
  now: Date = new Date(),
): Promise<BoardData> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see the board.");
  const scope = { viewerId: actor.id, now };
  // Independent reads: the driver pipelines them on its connection.
  const [cards, counts, proposals, settings, staff, comuni, nonprofitsOfCause] = await Promise.all([
    selectBoardCards(db, { filters, scope, phases: OPEN, perColumn: FIRST_PAGE_SIZE + 1 }),
    countBoardCards(db, filters, scope),
    listBoardProposals(db, actor, now),
    db.boardColumnSetting.findMany({ where: { softLimit: { not: null } }, select: { column: true, softLimit: true } }),
    db.user.findMany({
      where: { role: { in: ["STAFF", "ADMIN"] }, disabled: false },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    listPartnershipComuni(db),
    filters.cause ? nonprofitsWithCause(db, filters.cause) : null,
  ]);

  const columns = ALL_PHASES.map((phase): LoadedColumn => {
    const total = counts.get(phase)?.shown ?? 0;
    if (isClosedPhase(phase)) return { phase, partnerships: [], total, nextCursor: null };
    const page = pageOf(
      cards.filter((card) => card.phase === phase),
      FIRST_PAGE_SIZE,
    );
    return { phase, partnerships: page.cards, total, nextCursor: page.nextCursor };
  });
  const context = { viewerId: actor.id, nonprofitsOfCause };
  const visibleProposals = proposals.filter((proposal) => matchesProposal(proposal, filters, context));
  let hidden = proposals.length - visibleProposals.length;
  for (const { total, shown } of counts.values()) hidden += total - shown;

  const comuniSet = new Set(comuni);
  for (const proposal of proposals) comuniSet.add(proposal.from.comune).add(proposal.to.comune);
  const softLimits: Partial<Record<BoardColumnKey, number>> = {};
  for (const setting of settings) if (setting.softLimit !== null) softLimits[setting.column as BoardColumnKey] = setting.softLimit;

  return {
    columns,
    proposals: visibleProposals,
    softLimits,
    hidden,
    staff,
    comuni: [...comuniSet].sort((a, b) => a.localeCompare(b, "it")),
  };
}

/** The nonprofits working for a cause (a code in their questionnaire), for the proposals. */
async function nonprofitsWithCause(db: Database, cause: string): Promise<ReadonlySet<string>> {
  const rows = await db.organizationProfile.findMany({
    where: { organization: { kind: "NONPROFIT" }, data: { path: ["causes"], array_contains: [cause] } },
    select: { organizationId: true },
  });
  return new Set(rows.map((row) => row.organizationId));
}
