import { z } from "zod";

/** PostgreSQL's `integer` (Prisma's Int): a larger number is a database error, so a field error first. */
export const INT4_MAX = 2_147_483_647;

/**
 * A whole number that fits an Int column, at least `min`. `fromText` (default) reads it from
 * a form's text too; JSON bodies pass false, so that null or "" is not taken for 0.
 */
export function int4({ min = 0, message, fromText = true }: { min?: number; message?: string; fromText?: boolean } = {}) {
  const number = fromText ? z.coerce.number(message) : z.number(message);
  return number.int(message).min(min, message).max(INT4_MAX, message);
}
