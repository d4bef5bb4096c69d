import { z } from "zod";

/** Renewing names only the completed partnership; everything else is copied from it. */
export const renewPartnershipSchema = z.object({ partnershipId: z.string().min(1).max(64) });
export type RenewPartnershipInput = z.input<typeof renewPartnershipSchema>;
