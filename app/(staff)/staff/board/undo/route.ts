import { undoPartnershipMoveSchema } from "@/lib/partnerships/board/undo-move-schema";
import { undoPartnershipMove } from "@/lib/partnerships/board/undo-partnership-move";
import { boardWriteRoute } from "../board-write-route";

/** Undo of a board move: 200 with the restored card, 409 when the card moved since. */
export const POST = boardWriteRoute(undoPartnershipMoveSchema, undoPartnershipMove);
