import { dayInRome } from "@/lib/dates/rome-calendar";
import { isOverdue } from "@/lib/partnerships/checklist/checklist-dates";
import { addChecklistItemSchema, toDueDate } from "@/lib/partnerships/checklist/checklist-schemas";

describe("checklist due dates", () => {
  it("takes today's date in Italy, not in UTC", () => {
    expect(dayInRome(new Date("2026-05-09T22:30:00Z"))).toBe("2026-05-10");
    expect(dayInRome(new Date("2026-01-09T22:30:00Z"))).toBe("2026-01-09");
  });

  it("flags an item overdue from the day after its due day, until it is done", () => {
    const dueDate = toDueDate("2026-05-09");
    expect(isOverdue({ dueDate, doneAt: null }, new Date("2026-05-09T21:00:00Z"))).toBe(false);
    expect(isOverdue({ dueDate, doneAt: null }, new Date("2026-05-09T22:30:00Z"))).toBe(true);
    expect(isOverdue({ dueDate, doneAt: new Date() }, new Date("2026-06-01T00:00:00Z"))).toBe(false);
    expect(isOverdue({ dueDate: null, doneAt: null }, new Date())).toBe(false);
  });

  it("accepts a calendar date or nothing, with a message key otherwise", () => {
    const base = { partnershipId: "p1", text: "Qualcosa", assigneeId: "" };
    expect(addChecklistItemSchema.safeParse({ ...base, dueDate: "2026-12-01" }).success).toBe(true);
    expect(addChecklistItemSchema.safeParse({ ...base, dueDate: "" }).success).toBe(true);
    const bad = addChecklistItemSchema.safeParse({ ...base, dueDate: "01/12/2026" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("dueDateInvalid");
    expect(addChecklistItemSchema.safeParse({ ...base, text: "  ", dueDate: "" }).error?.issues[0]?.message).toBe("textTooShort");
  });
});
