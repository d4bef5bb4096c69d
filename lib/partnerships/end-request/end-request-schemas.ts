import { z } from "zod";

export const END_REASON_MAX_LENGTH = 2000;

/** A party asks to end the partnership: complete it (the work is done) or discontinue it. */
export const requestEndSchema = z.object({
  partnershipId: z.string().min(1, "required"),
  intent: z.enum(["COMPLETE", "DISCONTINUE"], { error: "chooseIntent" }),
  reason: z.string().trim().min(10, "reasonTooShort").max(END_REASON_MAX_LENGTH, "textTooLong"),
});
export type RequestEndInput = z.output<typeof requestEndSchema>;

export const withdrawEndRequestSchema = z.object({
  partnershipId: z.string().min(1, "required"),
  requestId: z.string().min(1, "required"),
});
export type WithdrawEndRequestInput = z.output<typeof withdrawEndRequestSchema>;

/** Staff answer: agreed (they will close it on the board), or let us talk first. */
export const answerEndRequestSchema = z.object({
  partnershipId: z.string().min(1, "required"),
  requestId: z.string().min(1, "required"),
  decision: z.enum(["CONFIRMED", "DISCUSS"], { error: "chooseDecision" }),
  answer: z.string().trim().min(1, "required").max(END_REASON_MAX_LENGTH, "textTooLong"),
});
export type AnswerEndRequestInput = z.output<typeof answerEndRequestSchema>;
