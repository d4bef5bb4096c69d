import { movePartnership } from "@/lib/partnerships/move-partnership";
import { movePartnershipSchema } from "@/lib/partnerships/move-partnership-schema";
import { boardWriteRoute } from "../board-write-route";

/** A board move: 200 with the new version, 409 when someone else moved the card first, 422 when a gate asks a reason. */
export const POST = boardWriteRoute(movePartnershipSchema, movePartnership);
