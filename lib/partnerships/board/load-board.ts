import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { listBoardPartnerships, type BoardColumn } from "../list-board-partnerships";
import type { BoardFilters } from "./board-filters";
import type { BoardColumnKey } from "./column-soft-limit-schema";
import { matchesPartnership, matchesProposal } from "./filter-board";
import { listBoardProposals, type BoardProposal } from "./list-board-proposals";

export type StaffOption = { id: string; name: string };

export type BoardData = {
  /** Every phase column, with only the cards the filters let through. */
  columns: BoardColumn[];
  proposals: BoardProposal[];
  /** Soft limits by column (absent: no limit). */
  softLimits: Partial<Record<BoardColumnKey, number>>;
  /** Cards (partnerships and proposals) the filters hide. */
  hidden: number;
  /** For the filter form and the owner menu. */
  staff: StaffOption[];
  comuni: string[];
};

/** Everything the staff board shows, filtered as the URL asks. Staff only. */
export async function loadBoard(
  db: Database,
  actor: { id: string; role: Role },
  filters: BoardFilters,
  now: Date = new Date(),
): Promise<BoardData> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see the board.");
  // Independent reads: the driver pipelines them on its connection.
  const [columns, proposals, settings, staff] = await Promise.all([
    listBoardPartnerships(db, actor, now),
    listBoardProposals(db, actor, now),
    db.boardColumnSetting.findMany({ where: { softLimit: { not: null } }, select: { column: true, softLimit: true } }),
    db.user.findMany({
      where: { role: { in: ["STAFF", "ADMIN"] }, disabled: false },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  // The cause lives in the nonprofit's questionnaire (a list of codes a–z).
  const nonprofitsOfCause = filters.cause
    ? new Set(
        (
          await db.organizationProfile.findMany({
            where: { organization: { kind: "NONPROFIT" }, data: { path: ["causes"], array_contains: [filters.cause] } },
            select: { organizationId: true },
          })
        ).map((row) => row.organizationId),
      )
    : null;

  const context = { viewerId: actor.id, nonprofitsOfCause };
  const comuni = new Set<string>();
  let total = proposals.length;
  let shown = 0;
  const filtered = columns.map((column) => {
    total += column.partnerships.length;
    for (const card of column.partnerships) comuni.add(card.company.comune).add(card.nonprofit.comune);
    const partnerships = column.partnerships.filter((card) => matchesPartnership(card, filters, context));
    shown += partnerships.length;
    return { phase: column.phase, partnerships };
  });
  for (const proposal of proposals) comuni.add(proposal.from.comune).add(proposal.to.comune);
  const visibleProposals = proposals.filter((proposal) => matchesProposal(proposal, filters, context));
  shown += visibleProposals.length;

  const softLimits: Partial<Record<BoardColumnKey, number>> = {};
  for (const setting of settings) if (setting.softLimit !== null) softLimits[setting.column as BoardColumnKey] = setting.softLimit;

  return {
    columns: filtered,
    proposals: visibleProposals,
    softLimits,
    hidden: total - shown,
    staff,
    comuni: [...comuni].sort((a, b) => a.localeCompare(b, "it")),
  };
}
