import { dayInZone, zonedInstant } from "@/lib/dates/zoned-clock";

describe("wall-clock time in a time zone", () => {
  it("finds the instant of 07:00 in Italy in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(zonedInstant("2026-01-15", "07:00", "Europe/Rome").toISOString()).toBe("2026-01-15T06:00:00.000Z");
    expect(zonedInstant("2026-07-15", "07:00", "Europe/Rome").toISOString()).toBe("2026-07-15T05:00:00.000Z");
  });

  it("is right on the days the clocks change", () => {
    expect(zonedInstant("2026-03-29", "07:00", "Europe/Rome").toISOString()).toBe("2026-03-29T05:00:00.000Z");
    expect(zonedInstant("2026-10-25", "07:00", "Europe/Rome").toISOString()).toBe("2026-10-25T06:00:00.000Z");
  });

  it("tells the calendar day of an instant in the zone, not in UTC", () => {
    expect(dayInZone(new Date("2026-12-31T23:30:00Z"), "Europe/Rome")).toBe("2027-01-01");
    expect(dayInZone(new Date("2026-12-31T23:30:00Z"), "UTC")).toBe("2026-12-31");
  });
});
