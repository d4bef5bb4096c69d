import { addDays, dateToDay, dayInRome, daysBetween, dayToDate, isCalendarDay, startOfTodayInRome, todayInRome } from "@/lib/dates/rome-calendar";

describe("today in Italy", () => {
  it("turns the day at midnight in Rome, not at midnight UTC", () => {
    // Winter (UTC+1): midnight in Rome is 23:00 UTC the day before.
    expect(todayInRome(new Date("2026-01-09T22:59:59Z"))).toBe("2026-01-09");
    expect(todayInRome(new Date("2026-01-09T23:00:00Z"))).toBe("2026-01-10");
    // Summer (UTC+2): midnight in Rome is 22:00 UTC the day before.
    expect(todayInRome(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
    expect(todayInRome(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
    expect(todayInRome(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  it("follows the switches to and from summer time", () => {
    // 29 March 2026: clocks go from 02:00 to 03:00 in Rome (01:00 UTC).
    expect(dayInRome(new Date("2026-03-28T22:59:59Z"))).toBe("2026-03-28");
    expect(dayInRome(new Date("2026-03-28T23:00:00Z"))).toBe("2026-03-29");
    expect(dayInRome(new Date("2026-03-29T21:59:59Z"))).toBe("2026-03-29");
    expect(dayInRome(new Date("2026-03-29T22:00:00Z"))).toBe("2026-03-30");
    // 25 October 2026: clocks go back from 03:00 to 02:00 (01:00 UTC).
    expect(dayInRome(new Date("2026-10-24T21:59:59Z"))).toBe("2026-10-24");
    expect(dayInRome(new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25");
    expect(dayInRome(new Date("2026-10-25T22:59:59Z"))).toBe("2026-10-25");
    expect(dayInRome(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
  });

  it("gives today as a @db.Date value, midnight UTC of the day in Italy", () => {
    expect(startOfTodayInRome(new Date("2026-06-30T22:30:00Z"))).toEqual(new Date("2026-07-01T00:00:00.000Z"));
    expect(startOfTodayInRome(new Date("2026-01-10T12:00:00Z"))).toEqual(new Date("2026-01-10T00:00:00.000Z"));
  });
});

describe("calendar days", () => {
  it("tells real days from impossible ones", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("26-02-01")).toBe(false);
    expect(isCalendarDay("")).toBe(false);
  });

  it("round-trips a @db.Date value", () => {
    expect(dayToDate("2026-03-29")).toEqual(new Date("2026-03-29T00:00:00.000Z"));
    expect(dateToDay(new Date("2026-03-29T00:00:00.000Z"))).toBe("2026-03-29");
    expect(dateToDay(dayToDate("2026-10-25"))).toBe("2026-10-25");
  });

  it("counts whole days between two days, across DST switches too", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysBetween("2026-01-10", "2026-01-10")).toBe(0);
    expect(daysBetween("2026-01-10", "2026-01-03")).toBe(-7);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
  });

  it("adds days to a day", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });
});
