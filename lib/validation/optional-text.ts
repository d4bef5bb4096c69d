import { z } from "zod";

/** An optional free-text field: trimmed, at most `max` characters ("tooLong"); empty or absent → undefined (not given). */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((value) => (value ? value : undefined));
}
