import type { PartnershipPhase } from "@/lib/generated/prisma/enums";

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
};

export type BoardState = Record<PartnershipPhase, BoardCard[]>;

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
