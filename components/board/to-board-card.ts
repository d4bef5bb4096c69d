import { formatDate } from "@/components/ui/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { BoardPartnership } from "@/lib/partnerships/board/board-card-query";
import { checklistItemLabel } from "@/lib/partnerships/board/checklist-item-label";
import type { BoardColumnState, BoardCard } from "./types";

/** Only what a card shows travels to the browser (the page and the column route alike). */
export function toBoardCard(card: BoardPartnership, locale: Locale): BoardCard {
  return {
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
  };
}

export function toColumnState(
  column: { partnerships: BoardPartnership[]; total: number; nextCursor: string | null },
  locale: Locale,
  loaded = true,
): BoardColumnState {
  return { total: column.total, nextCursor: column.nextCursor, loaded, cards: column.partnerships.map((card) => toBoardCard(card, locale)) };
}
