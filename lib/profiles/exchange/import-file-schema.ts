import { z } from "zod";

/** Larger than any real exchange file of the province's organisations. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

// The upload of the profile import: a browser sends an empty file when none was chosen.
// Messages are keys of t.exchange.
export const importFileSchema = z.object({
  file: z
    .instanceof(File, { message: "fileMissing" })
    .refine((file) => file.size > 0, "fileMissing")
    .refine((file) => file.size <= IMPORT_MAX_BYTES, "fileTooLarge"),
});
