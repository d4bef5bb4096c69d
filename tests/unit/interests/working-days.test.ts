import { parsePatronDay } from "@/lib/dates/patron-day";
import { parseServerConfig } from "@/lib/config/server-config";
import { addWorkingDays, isWorkingDay, italianPublicHolidays } from "@/lib/interests/working-days";

describe("working days (Rome calendar, Italian public holidays, the CSV's patron saint)", () => {
  it("knows weekends, fixed holidays and Easter Monday", () => {
    expect(isWorkingDay(new Date("2026-11-20T10:00:00Z"))).toBe(true); // Friday
    expect(isWorkingDay(new Date("2026-11-21T10:00:00Z"))).toBe(false); // Saturday
    expect(isWorkingDay(new Date("2026-11-22T10:00:00Z"))).toBe(false); // Sunday
    expect(isWorkingDay(new Date("2026-12-08T10:00:00Z"))).toBe(false); // Immacolata, a Tuesday
    expect(isWorkingDay(new Date("2026-04-06T10:00:00Z"))).toBe(false); // Pasquetta
    expect(isWorkingDay(new Date("2027-03-29T10:00:00Z"))).toBe(false); // Pasquetta 2027
    expect(isWorkingDay(new Date("2027-03-30T10:00:00Z"))).toBe(true); // the Tuesday after
    expect(isWorkingDay(new Date("2026-06-02T10:00:00Z"))).toBe(false); // Festa della Repubblica
  });

  it("counts 4 October, St Francis, as a national holiday again: Monday 4 October 2027 is not a working day", () => {
    expect(italianPublicHolidays(2027).has("2027-10-04")).toBe(true);
    expect(isWorkingDay(new Date("2027-10-04T10:00:00Z"))).toBe(false);
    expect(isWorkingDay(new Date("2027-10-05T10:00:00Z"))).toBe(true);
    // Before 2026 it was an ordinary day (Monday 4 October 2021).
    expect(isWorkingDay(new Date("2021-10-04T10:00:00Z"))).toBe(true);
  });

  it("leaves out observances that are not days off (Mother's Day is a Sunday anyway, Valentine's Day is not a holiday)", () => {
    expect(isWorkingDay(new Date("2027-02-15T10:00:00Z"))).toBe(true);
    expect([...italianPublicHolidays(2027)].every((day) => day.startsWith("2027-"))).toBe(true);
  });

  it("takes the patron saint's day off: San Siro in Pavia by default, another day when configured", () => {
    expect(isWorkingDay(new Date("2027-12-09T10:00:00Z"))).toBe(false); // Thursday, San Siro
    expect(isWorkingDay(new Date("2027-12-09T10:00:00Z"), "06-24")).toBe(true);
    expect(isWorkingDay(new Date("2027-06-24T10:00:00Z"), "06-24")).toBe(false); // San Giovanni, e.g. Torino
  });

  it("reads the patron day from CSV_PATRON_DAY, refusing a malformed one", () => {
    expect(parseServerConfig({}).patronDay).toBe("12-09");
    expect(parseServerConfig({ CSV_PATRON_DAY: " 06-24 " }).patronDay).toBe("06-24");
    expect(() => parseServerConfig({ CSV_PATRON_DAY: "24/06" })).toThrow(/CSV_PATRON_DAY/);
    expect(parsePatronDay("02-30")).toBeUndefined();
    expect(parsePatronDay("02-29")).toBe("02-29");
  });

  it("reads the day in Rome: 23:30 UTC on a Friday is already Saturday there", () => {
    expect(isWorkingDay(new Date("2026-11-20T23:30:00Z"))).toBe(false);
  });

  it("adds working days over a weekend and holidays, keeping the time of day", () => {
    expect(addWorkingDays(new Date("2026-11-20T09:00:00Z"), 3).toISOString()).toBe("2026-11-25T09:00:00.000Z");
    expect(addWorkingDays(new Date("2026-11-16T09:00:00Z"), 3).toISOString()).toBe("2026-11-19T09:00:00.000Z");
    // Friday 4 December 2026: Monday 7, (Tuesday 8 Immacolata), (Wednesday 9 San Siro), Thursday 10, Friday 11.
    expect(addWorkingDays(new Date("2026-12-04T09:00:00Z"), 3).toISOString()).toBe("2026-12-11T09:00:00.000Z");
    // Friday 1 October 2027: (Monday 4 October), Tuesday 5, Wednesday 6, Thursday 7.
    expect(addWorkingDays(new Date("2027-10-01T09:00:00Z"), 3).toISOString()).toBe("2027-10-07T09:00:00.000Z");
    // From a Saturday the count starts on Monday.
    expect(addWorkingDays(new Date("2026-11-21T09:00:00Z"), 1).toISOString()).toBe("2026-11-23T09:00:00.000Z");
  });
});
