import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";

/** A card as the client board holds it (plain data, serialisable). */
export type BoardCard = {
  id: string;
  title: string;
  phase: PartnershipPhase;
  position: number;
  version: number;
  daysInPhase: number;
  company: string;
  nonprofit: string;
  owner: string | null;
  ownerId: string | null;
  /** The next checklist item due, already worded and dated for the reader. */
  nextDue: { label: string; date: string } | null;
  flags: { overdue: boolean; inactive: boolean };
};

export type BoardState = Record<PartnershipPhase, BoardCard[]>;

/**
 * A column as the browser holds it: the cards read so far (the first page, then each
 * "Mostra altre"), the column's true count under the filters, and where its next page starts.
 */
export type BoardColumnState = {
  cards: BoardCard[];
  total: number;
  /** Null when `cards` is the whole column. */
  nextCursor: string | null;
  /** False for a closed column not read yet (it is read when its section opens). */
  loaded: boolean;
};

export type BoardColumns = Record<PartnershipPhase, BoardColumnState>;

/** A pending interest or introduction: shown, never dragged. */
export type ProposalCard = {
  id: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  date: string;
  introducedBy: string | null;
  daysWaiting: number;
  expiresInDays: number;
};

export type BoardExtras = {
  softLimits: Partial<Record<string, number>>;
  staff: { id: string; name: string }[];
  /** Server actions the board's small forms post to (passed down from the page). */
  setLimitAction: FormServerAction;
  assignOwnerAction: FormServerAction;
  /** The answers every action can give (t.forms), for those forms. */
  forms: Messages["forms"];
};

/** What the move endpoint needs (movePartnershipSchema's input), as the client computes it from the board. */
export type { MoveRequest } from "@/lib/partnerships/board/plan-card-drop";
