import type { Metadata } from "next";
import { BoardFilterForm } from "@/components/board/board-filter-form";
import { Board } from "@/components/board/board";
import { toColumnState } from "@/components/board/to-board-card";
import type { BoardColumns, ProposalCard } from "@/components/board/types";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { boardFilterQuery, hasBoardFilters, parseBoardFilters } from "@/lib/partnerships/board/board-filters";
import { loadBoard } from "@/lib/partnerships/board/load-board";
import { CLOSED_PHASES } from "@/lib/partnerships/phases";
import { assignStaffOwnerAction, setColumnSoftLimitAction } from "./actions";

const CLOSED: readonly PartnershipPhase[] = CLOSED_PHASES;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.staff.title };
}

export default async function StaffHomePage({ searchParams }: Props) {
  const staff = await requireStaff();
  const filters = parseBoardFilters(await searchParams);
  const [{ t, locale }, data] = await Promise.all([getRequestMessages(), loadBoard(db, staff, filters)]);
  const filtered = hasBoardFilters(filters);
  const shown = data.columns.reduce((sum, column) => sum + column.total, 0) + data.proposals.length;
  // Each column's first page and true count; closed columns are read once their section opens.
  const board = Object.fromEntries(
    data.columns.map((column) => [column.phase, toColumnState(column, locale, !CLOSED.includes(column.phase))]),
  ) as BoardColumns;
  const proposals: ProposalCard[] = data.proposals.map((proposal) => ({
    id: proposal.id,
    from: { id: proposal.from.id, name: proposal.from.name },
    to: { id: proposal.to.id, name: proposal.to.name },
    date: formatDate(proposal.createdAt, locale),
    introducedBy: proposal.introducedBy?.name ?? null,
    daysWaiting: proposal.daysWaiting,
    expiresInDays: proposal.expiresInDays,
  }));
  const extras = { softLimits: data.softLimits, staff: data.staff, setLimitAction: setColumnSoftLimitAction, assignOwnerAction: assignStaffOwnerAction, forms: t.forms };
  return (
    <>
      <PageHeader title={t.staff.title} lead={t.staff.lead} />
      {shown === 0 && !filtered ? (
        <EmptyState>{t.staff.empty}</EmptyState>
      ) : (
        <>
          <BoardFilterForm filters={filters} staff={data.staff} comuni={data.comuni} active={filtered} locale={locale} t={t.board} />
          {data.hidden > 0 ? (
            <p className="mb-4" data-hidden-count={data.hidden}>
              {data.hidden === 1 ? t.board.hiddenOne : format(t.board.hiddenMany, { count: data.hidden })}
            </p>
          ) : null}
          {shown === 0 ? (
            <div className="mb-4">
              <Notice tone="info">{t.board.nothingMatches}</Notice>
            </div>
          ) : null}
          <Board key={boardFilterQuery(filters)} initial={board} filterQuery={boardFilterQuery(filters)} proposals={proposals} extras={extras} t={t.board} phases={t.phases} />
        </>
      )}
    </>
  );
}
