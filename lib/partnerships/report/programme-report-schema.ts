import { z } from "zod";

/** The first year of the programme on Insieme and a bound far enough ahead. */
export const FIRST_REPORT_YEAR = 2020;
export const LAST_REPORT_YEAR = 2100;

/** `?year=2026` of the staff's programme report (page, PDF and CSV). */
export const programmeReportSchema = z.object({
  year: z.coerce.number().int().min(FIRST_REPORT_YEAR).max(LAST_REPORT_YEAR),
});

export type ProgrammeReportInput = z.infer<typeof programmeReportSchema>;
