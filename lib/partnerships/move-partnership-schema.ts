import { z } from "zod";
import { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { int4 } from "@/lib/validation/int4";

const phase = z.enum(PartnershipPhase);

/** The smallest written reason accepted for crossing a gate or discontinuing. */
export const MOVE_REASON_MIN = 10;

/** A board move as the client sends it: what it saw (phase, version) and where it drops the card. */
export const movePartnershipSchema = z.object({
  partnershipId: z.string().min(1, "validation.required"),
  fromPhase: phase,
  toPhase: phase,
  expectedVersion: int4({ fromText: false }),
  beforeId: z.string().min(1).nullish(),
  afterId: z.string().min(1).nullish(),
  reason: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((value) => (value ? value : undefined)),
});

export type MovePartnershipInput = z.input<typeof movePartnershipSchema>;
