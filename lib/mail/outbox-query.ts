import { z } from "zod";

export const OUTBOX_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED"] as const;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The outbox page's URL parameters: `q` (recipient or subject), `status`, `page`. Read
 * leniently: a malformed value falls back to "no filter" / page 1 rather than an error,
 * since it comes from a link or a hand-edited address bar.
 */
export const outboxQuerySchema = z.object({
  q: z.preprocess(firstValue, z.string().trim().max(200).optional().catch(undefined)).transform((value) => value || undefined),
  status: z.preprocess(firstValue, z.enum(OUTBOX_STATUSES).optional().catch(undefined)),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});

export type OutboxQuery = z.infer<typeof outboxQuerySchema>;
