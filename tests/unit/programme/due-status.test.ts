import { addDays, isCalendarDay, todayInRome } from "@/lib/dates/rome-calendar";
import { dueStatus } from "@/lib/partnerships/programme/due-status";
import { logDeliveredContributionSchema, saveActivitySchema } from "@/lib/partnerships/programme/programme-schemas";

describe("where an activity stands against its due date", () => {
  it("says how many days it is overdue, due today, or how many are left", () => {
    expect(dueStatus("2026-03-01", false, "2026-03-04")).toEqual({ state: "overdue", days: 3 });
    expect(dueStatus("2026-03-04", false, "2026-03-04")).toEqual({ state: "dueToday" });
    expect(dueStatus("2026-03-10", false, "2026-03-04")).toEqual({ state: "upcoming", days: 6 });
  });

  it("is simply done once ticked, however late", () => {
    expect(dueStatus("2026-01-01", true, "2026-03-04")).toEqual({ state: "done" });
  });

  it("counts across a daylight-saving change in whole days", () => {
    expect(dueStatus("2026-03-30", false, "2026-03-28")).toEqual({ state: "upcoming", days: 2 });
  });
});

describe("calendar days", () => {
  it("takes today's day in Italy, not in UTC", () => {
    expect(todayInRome(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });

  it("refuses days that do not exist", () => {
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("29/02/2028")).toBe(false);
  });
});

describe("the programme forms' rules", () => {
  const base = { partnershipId: "p1", kind: "ACTIVITY", title: "Giornata di raccolta", dueOn: "2026-05-10" } as const;

  it("refuses an activity that starts after it is due", () => {
    const result = saveActivitySchema.safeParse({ ...base, startsOn: "2026-05-11" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["startsOn"], message: "startAfterDue" });
  });

  it("asks for hours on volunteer hours, and a value on money", () => {
    const common = { partnershipId: "p1", description: "Pulizia rive", deliveredOn: "2026-01-10" };
    const hours = logDeliveredContributionSchema.safeParse({ ...common, kind: "VOLUNTEER_HOURS" });
    expect(hours.error?.issues.map((issue) => issue.message)).toEqual(["hoursRequired"]);
    const money = logDeliveredContributionSchema.safeParse({ ...common, kind: "MONEY", value: "-10" });
    expect(money.error?.issues.map((issue) => issue.message)).toEqual(["negative"]);
    const ambiguous = logDeliveredContributionSchema.safeParse({ ...common, kind: "MONEY", value: "1,234" });
    expect(ambiguous.error?.issues.map((issue) => issue.message)).toEqual(["valueAmbiguous"]);
    const tooLarge = logDeliveredContributionSchema.safeParse({ ...common, kind: "MONEY", value: "10.000.000,01" });
    expect(tooLarge.error?.issues.map((issue) => issue.message)).toEqual(["valueTooLarge"]);
    expect(logDeliveredContributionSchema.safeParse({ ...common, kind: "VOLUNTEER_HOURS", hours: "1,5" }).success).toBe(true);
  });

  it("refuses a delivery dated in the future", () => {
    const tomorrow = addDays(todayInRome(), 1);
    const result = logDeliveredContributionSchema.safeParse({ partnershipId: "p1", kind: "GOODS", description: "Sacchi", deliveredOn: tomorrow });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["deliveredInFuture"]);
  });
});
