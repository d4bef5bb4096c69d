import { addWorkingDays, easterSunday, isWorkingDay } from "@/lib/interests/working-days";

describe("working days (Rome calendar, Italian national holidays)", () => {
  it("computes Easter Sunday", () => {
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
  });

  it("knows weekends, fixed holidays and Easter Monday", () => {
    expect(isWorkingDay(new Date("2026-11-20T10:00:00Z"))).toBe(true); // Friday
    expect(isWorkingDay(new Date("2026-11-21T10:00:00Z"))).toBe(false); // Saturday
    expect(isWorkingDay(new Date("2026-11-22T10:00:00Z"))).toBe(false); // Sunday
    expect(isWorkingDay(new Date("2026-12-08T10:00:00Z"))).toBe(false); // Immacolata, a Tuesday
    expect(isWorkingDay(new Date("2026-04-06T10:00:00Z"))).toBe(false); // Pasquetta
    expect(isWorkingDay(new Date("2026-06-02T10:00:00Z"))).toBe(false); // Festa della Repubblica
  });

  it("reads the day in Rome: 23:30 UTC on a Friday is already Saturday there", () => {
    expect(isWorkingDay(new Date("2026-11-20T23:30:00Z"))).toBe(false);
  });

  it("adds working days over a weekend and a holiday, keeping the time of day", () => {
    expect(addWorkingDays(new Date("2026-11-20T09:00:00Z"), 3).toISOString()).toBe("2026-11-25T09:00:00.000Z");
    expect(addWorkingDays(new Date("2026-11-16T09:00:00Z"), 3).toISOString()).toBe("2026-11-19T09:00:00.000Z");
    expect(addWorkingDays(new Date("2026-12-04T09:00:00Z"), 3).toISOString()).toBe("2026-12-10T09:00:00.000Z");
    // From a Saturday the count starts on Monday.
    expect(addWorkingDays(new Date("2026-11-21T09:00:00Z"), 1).toISOString()).toBe("2026-11-23T09:00:00.000Z");
  });
});
