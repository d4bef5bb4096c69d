import { sumDeliveredContributions } from "@/lib/partnerships/programme/sum-delivered-contributions";

describe("running totals of delivered contributions", () => {
  it("starts at zero for both sides", () => {
    const zero = { moneyCents: 0, hoursHundredths: 0, otherDeliveries: 0, otherValueCents: 0 };
    expect(sumDeliveredContributions([])).toEqual({ COMPANY: zero, NONPROFIT: zero });
  });

  it("adds money, hours and other deliveries per side, exactly", () => {
    const totals = sumDeliveredContributions([
      { side: "COMPANY", kind: "MONEY", hoursHundredths: null, valueCents: 123450 },
      { side: "COMPANY", kind: "MONEY", hoursHundredths: null, valueCents: 10 },
      { side: "COMPANY", kind: "VOLUNTEER_HOURS", hoursHundredths: 150, valueCents: null },
      { side: "COMPANY", kind: "VOLUNTEER_HOURS", hoursHundredths: 25, valueCents: null },
      { side: "COMPANY", kind: "GOODS", hoursHundredths: null, valueCents: 5000 },
      { side: "NONPROFIT", kind: "VOLUNTEER_HOURS", hoursHundredths: 1000, valueCents: null },
      { side: "NONPROFIT", kind: "SPACES", hoursHundredths: null, valueCents: null },
      { side: "NONPROFIT", kind: "OTHER", hoursHundredths: null, valueCents: null },
    ]);
    expect(totals.COMPANY).toEqual({ moneyCents: 123460, hoursHundredths: 175, otherDeliveries: 1, otherValueCents: 5000 });
    expect(totals.NONPROFIT).toEqual({ moneyCents: 0, hoursHundredths: 1000, otherDeliveries: 2, otherValueCents: 0 });
  });

  it("never drifts like floating point would (0,1 + 0,2 hours)", () => {
    const totals = sumDeliveredContributions([
      { side: "COMPANY", kind: "VOLUNTEER_HOURS", hoursHundredths: 10, valueCents: null },
      { side: "COMPANY", kind: "VOLUNTEER_HOURS", hoursHundredths: 20, valueCents: null },
    ]);
    expect(totals.COMPANY.hoursHundredths).toBe(30);
  });
});
