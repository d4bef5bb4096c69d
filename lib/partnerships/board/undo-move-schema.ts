import { z } from "zod";

/** An undo names the move (MoveResult.moveId) and its partnership. */
export const undoPartnershipMoveSchema = z.object({
  partnershipId: z.string().trim().min(1, "validation.required"),
  moveId: z.string().trim().min(1, "validation.required").max(100),
});

export type UndoPartnershipMoveInput = z.input<typeof undoPartnershipMoveSchema>;
