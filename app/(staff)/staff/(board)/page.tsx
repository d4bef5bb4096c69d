import type { Metadata } from "next";
import { Board } from "@/components/board/board";
import type { BoardState } from "@/components/board/types";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listBoardPartnerships } from "@/lib/partnerships/list-board-partnerships";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.staff.title };
}

export default async function StaffHomePage() {
  const staff = await requireStaff();
  const [{ t }, columns] = await Promise.all([getRequestMessages(), listBoardPartnerships(db, staff)]);
  const total = columns.reduce((sum, column) => sum + column.partnerships.length, 0);
  // Only what the cards show travels to the browser.
  const board = Object.fromEntries(
    columns.map((column) => [
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
      })),
    ]),
  ) as BoardState;
  return (
    <>
      <PageHeader title={t.staff.title} lead={t.staff.lead} />
      {total === 0 ? <EmptyState>{t.staff.empty}</EmptyState> : <Board initial={board} t={t.board} phases={t.phases} />}
    </>
  );
}
