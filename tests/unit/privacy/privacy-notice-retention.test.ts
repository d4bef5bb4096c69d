import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { RETENTION, retentionCutoffs } from "@/lib/privacy/retention";

// The privacy notice may only quote retention times through placeholders filled from
// lib/privacy/retention.ts, the module the purge job computes its cut-offs from.
describe.each(LOCALES)("the privacy notice's retention list (%s)", (locale) => {
  const template = getMessages(locale).privacyRetention.lines;

  it("quotes every retention time of the module, and only those", () => {
    const placeholders = new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
    expect([...placeholders].sort()).toEqual(Object.keys(RETENTION).sort());
  });

  it("writes no number of its own besides the article of the Civil Code", () => {
    const withoutPlaceholders = template.replace(/\{\w+\}/g, "").replace("2946", "");
    expect(withoutPlaceholders).not.toMatch(/\d/);
  });

  it("shows the module's values once filled in", () => {
    const text = format(template, RETENTION);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).toContain(`${RETENTION.auditLogMonths} ${locale === "it" ? "mesi" : "months"}`);
    expect(text).toContain(`${RETENTION.rateLimitCounterHours} ${locale === "it" ? "ore" : "hours"}`);
  });
});

describe("retentionCutoffs", () => {
  it("counts months on the calendar", () => {
    const cutoffs = retentionCutoffs(new Date("2027-03-31T10:00:00Z"));
    expect(cutoffs.auditLogCreatedBefore.toISOString()).toBe("2026-03-31T10:00:00.000Z");
    expect(cutoffs.rateLimitWindowStartedBefore.toISOString()).toBe("2027-03-30T10:00:00.000Z");
  });
});
