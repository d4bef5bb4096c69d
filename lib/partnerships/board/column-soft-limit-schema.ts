import { z } from "zod";
import { PartnershipPhase } from "@/lib/generated/prisma/enums";

/** The board's columns as BoardColumnSetting names them: the proposals, then each phase. */
export const BOARD_COLUMNS = ["PROPOSALS", ...Object.values(PartnershipPhase)] as const;
export type BoardColumnKey = (typeof BOARD_COLUMNS)[number];

export const SOFT_LIMIT_MIN = 1;
export const SOFT_LIMIT_MAX = 500;

/** A column's soft limit: a whole number from 1 to 500, or empty to clear it. */
export const setColumnSoftLimitSchema = z.object({
  column: z.enum(BOARD_COLUMNS, "validation.required"),
  softLimit: z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : typeof value === "string" ? Number(value.trim()) : value),
    z
      .number("limitInvalid")
      .int("limitInvalid")
      .min(SOFT_LIMIT_MIN, "limitInvalid")
      .max(SOFT_LIMIT_MAX, "limitInvalid")
      .nullable(),
  ),
});

export type SetColumnSoftLimitInput = z.input<typeof setColumnSoftLimitSchema>;
