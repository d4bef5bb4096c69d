import "server-only";
import { programmeReportSchema } from "@/lib/partnerships/report/programme-report-schema";

/** The year of `?year=`, or this year in Italy when it is absent; undefined when malformed. */
export function readReportYear(raw: string | null | undefined, now = new Date()): number | undefined {
  const fallback = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric" }).format(now));
  const parsed = programmeReportSchema.safeParse({ year: raw ?? fallback });
  return parsed.success ? parsed.data.year : undefined;
}
