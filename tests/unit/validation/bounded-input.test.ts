import type { z } from "zod";
import { acceptAgreementSchema } from "@/lib/partnerships/agreement/agreement-schema";
import { addChecklistItemSchema } from "@/lib/partnerships/checklist/checklist-schemas";
import { saveCommunicationItemSchema } from "@/lib/partnerships/communication/communication-schemas";
import { movePartnershipSchema } from "@/lib/partnerships/move-partnership-schema";
import { calendarDay } from "@/lib/validation/calendar-day";
import { int4, INT4_MAX } from "@/lib/validation/int4";

// Year 0000 or 2^31 used to reach PostgreSQL and fail there (a 500). Through the real
// schemas of the forms, they are now a field error like any other wrong value.

/** The messages the schema gives for one field, [] when that field is fine. */
function fieldErrors(schema: z.ZodType, input: Record<string, unknown>, field: string): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
}

describe("calendarDay: 1900–2200", () => {
  const day = calendarDay("invalid");
  it.each(["1900-01-01", "2026-12-03", "2200-12-31"])("accepts %s", (value) => expect(day.safeParse(value).success).toBe(true));
  it.each(["0000-01-01", "1899-12-31", "2201-01-01", "9999-12-31", "2026-02-30", "26-12-03", "2026-12-03\u0000"])("refuses %s", (value) =>
    expect(day.safeParse(value).success).toBe(false),
  );

  const checklist = { partnershipId: "p1", text: "Chiamare il referente", assigneeId: "" };
  it("makes year 0000 a field error of the checklist's due date", () => {
    expect(fieldErrors(addChecklistItemSchema, { ...checklist, dueDate: "0000-01-01" }, "dueDate")).toEqual(["dueDateInvalid"]);
    expect(fieldErrors(addChecklistItemSchema, { ...checklist, dueDate: "2027-03-01" }, "dueDate")).toEqual([]);
  });
  it("makes year 0000 a field error of a communication's planned day", () => {
    const item = { partnershipId: "p1", channel: "SOCIAL", title: "Post", status: "PLANNED" };
    expect(fieldErrors(saveCommunicationItemSchema, { ...item, plannedOn: "0000-01-01" }, "plannedOn")).toEqual(["dateInvalid"]);
    expect(fieldErrors(saveCommunicationItemSchema, { ...item, plannedOn: "2027-03-01" }, "plannedOn")).toEqual([]);
  });
});

describe("int4: what fits PostgreSQL's integer", () => {
  it("keeps the bounds", () => {
    expect(int4().safeParse(INT4_MAX).success).toBe(true);
    expect(int4().safeParse(INT4_MAX + 1).success).toBe(false);
    expect(int4({ min: 1 }).safeParse("0").success).toBe(false);
    expect(int4({ fromText: false }).safeParse(null).success).toBe(false);
    expect(int4({ fromText: false }).safeParse("3").success).toBe(false);
  });
  it("makes 2^31 a field error of the agreement's revision (form text) and the board move's version (JSON)", () => {
    expect(fieldErrors(acceptAgreementSchema, { revision: String(2 ** 31) }, "revision")).not.toEqual([]);
    expect(fieldErrors(acceptAgreementSchema, { revision: String(INT4_MAX) }, "revision")).toEqual([]);
    const move = { partnershipId: "p1", fromPhase: "PLANNING", toPhase: "NEGOTIATION" };
    expect(fieldErrors(movePartnershipSchema, { ...move, expectedVersion: 2 ** 31 }, "expectedVersion")).not.toEqual([]);
    expect(fieldErrors(movePartnershipSchema, { ...move, expectedVersion: 7 }, "expectedVersion")).toEqual([]);
  });
});
