import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { BoardFormState } from "@/lib/partnerships/board/board-form-state";

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

/** Server actions the board's small forms post to (passed down from the page). */
export type BoardFormAction = (previous: BoardFormState, formData: FormData) => Promise<BoardFormState>;

export type BoardExtras = {
  softLimits: Partial<Record<string, number>>;
  staff: { id: string; name: string }[];
  setLimitAction: BoardFormAction;
  assignOwnerAction: BoardFormAction;
};

/** What the move endpoint needs, as the client computes it from the board. */
export type MoveRequest = {
  partnershipId: string;
  fromPhase: PartnershipPhase;
  toPhase: PartnershipPhase;
  expectedVersion: number;
  beforeId: string | null;
  afterId: string | null;
  reason?: string;
};
