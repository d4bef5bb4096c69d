import { dayToDate } from "@/lib/dates/rome-calendar";
import { z } from "zod";
import { calendarDay } from "@/lib/validation/calendar-day";

// One zod schema per checklist operation, shared by the forms and the server actions.
// Messages are keys of t.checklist.errors, resolved by the form.

const id = z.string().trim().min(1).max(64);
/** "" clears the field; otherwise a calendar date as <input type="date"> sends it. */
const optionalDate = z.union([z.literal(""), calendarDay("dueDateInvalid")]);
/** "" means nobody; otherwise a user id, checked against the partnership's people by the service. */
const optionalPerson = z.union([z.literal(""), id]);

export const addChecklistItemSchema = z.object({
  partnershipId: id,
  text: z.string().trim().min(3, "textTooShort").max(300, "textTooLong"),
  assigneeId: optionalPerson,
  dueDate: optionalDate,
});
export type AddChecklistItemInput = z.infer<typeof addChecklistItemSchema>;

export const updateChecklistItemSchema = z.object({
  partnershipId: id,
  itemId: id,
  assigneeId: optionalPerson,
  dueDate: optionalDate,
});
export type UpdateChecklistItemInput = z.infer<typeof updateChecklistItemSchema>;

export const setChecklistItemDoneSchema = z.object({
  partnershipId: id,
  itemId: id,
  done: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type SetChecklistItemDoneInput = z.output<typeof setChecklistItemDoneSchema>;

export const deleteChecklistItemSchema = z.object({ partnershipId: id, itemId: id });
export type DeleteChecklistItemInput = z.infer<typeof deleteChecklistItemSchema>;

/** A stored @db.Date from a "YYYY-MM-DD" string (midnight UTC, the date itself). */
export function toDueDate(value: string): Date | null {
  return value === "" ? null : dayToDate(value);
}
