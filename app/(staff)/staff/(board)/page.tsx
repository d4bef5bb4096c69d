import type { Metadata } from "next";
import { BoardFilterForm } from "@/components/board/board-filter-form";
import { Board } from "@/components/board/board";
import type { BoardState, ProposalCard } from "@/components/board/types";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { hasBoardFilters, parseBoardFilters } from "@/lib/partnerships/board/board-filters";
import { checklistItemLabel } from "@/lib/partnerships/board/checklist-item-label";
import { loadBoard } from "@/lib/partnerships/board/load-board";
import { assignStaffOwnerAction, setColumnSoftLimitAction } from "./actions";

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
  const shown = data.columns.reduce((sum, column) => sum + column.partnerships.length, 0) + data.proposals.length;
  // Only what the cards show travels to the browser.
  const board = Object.fromEntries(
    data.columns.map((column) => [
      column.phase,
      column.partnerships.map((card) => ({
        id: card.id,
        title: card.title,
        phase: card.phase,
        position: card.position,
        version: card.version,
        daysInPhase: card.daysInPhase,
        company: card.company.name,
        nonprofit: card.nonprofit.name,
        owner: card.staffOwner?.name ?? null,
        ownerId: card.staffOwner?.id ?? null,
        nextDue: card.nextDue ? { label: checklistItemLabel(card.nextDue, locale), date: formatDate(card.nextDue.dueDate, locale) } : null,
        flags: card.flags,
      })),
    ]),
  ) as BoardState;
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
          <Board initial={board} proposals={proposals} extras={extras} t={t.board} phases={t.phases} />
        </>
      )}
    </>
  );
}
