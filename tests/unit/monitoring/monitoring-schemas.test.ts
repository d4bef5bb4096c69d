import { todayInRome } from "@/lib/dates/rome-calendar";
import { recordMeasurementSchema, saveIndicatorSchema } from "@/lib/partnerships/monitoring/monitoring-schemas";

const indicator = { partnershipId: "p1", name: "Consumo di gas", unit: "kWh", baseline: "18000", direction: "DECREASE" };

describe("the indicator form's schema", () => {
  it("reads decimals with a comma or a point, and keeps them as exact strings", () => {
    expect(saveIndicatorSchema.parse({ ...indicator, baseline: "12,5", target: " 10.25 " })).toMatchObject({ baseline: "12.5", target: "10.25" });
  });

  it("treats an empty target as no target", () => {
    expect(saveIndicatorSchema.parse({ ...indicator, target: "" }).target).toBeUndefined();
  });

  it("refuses ambiguous or malformed numbers rather than guessing", () => {
    const result = saveIndicatorSchema.safeParse({ ...indicator, baseline: "1.234" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["baseline"], message: "decimal" });
    expect(saveIndicatorSchema.safeParse({ ...indicator, target: "dieci" }).success).toBe(false);
  });
});

describe("the measurement form's schema", () => {
  const measurement = { partnershipId: "p1", indicatorId: "i1", value: "15", measuredOn: "2026-01-15" };
  it("accepts a date up to today and refuses one in the future", () => {
    expect(recordMeasurementSchema.safeParse({ ...measurement, measuredOn: todayInRome() }).success).toBe(true);
    const result = recordMeasurementSchema.safeParse({ ...measurement, measuredOn: "2199-01-01" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["measuredOn"], message: "dateInFuture" });
  });

  it("refuses a day that does not exist instead of rolling it into the next month", () => {
    const result = recordMeasurementSchema.safeParse({ ...measurement, measuredOn: "2026-02-30" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["measuredOn"], message: "date" });
  });

  it("uses the date in Pavia, not UTC, to decide what today is", () => {
    // 23:30 UTC on 31 December is already 1 January in Italy.
    expect(todayInRome(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});
