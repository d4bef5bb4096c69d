import { getMessages } from "@/lib/i18n/get-messages";
import { decideEmailDelivery, DEFAULT_EMAIL_DELIVERY, effectivePreferences, emailKindOf } from "@/lib/notifications/email-kinds";
import { emailPreferencesSchema } from "@/lib/notifications/email-preferences-schema";

describe("the kind of e-mail of a notification", () => {
  it("is known for every notification kind the catalogues have a text for", () => {
    const messages = getMessages("it");
    const kinds = [...Object.keys(messages.notifications.kinds), ...Object.keys(messages.partnershipNotices.kinds), ...Object.keys(messages.members.kinds)];
    expect(kinds.length).toBeGreaterThan(25);
    expect(kinds.filter((kind) => emailKindOf(kind) === undefined)).toEqual([]);
  });

  it("puts each notification where a person would look for it", () => {
    expect(emailKindOf("partnership.message")).toBe("MESSAGES");
    expect(emailKindOf("partnership.phaseChanged")).toBe("PHASE_CHANGES");
    expect(emailKindOf("reminder.checklistOverdue")).toBe("DEADLINES");
    expect(emailKindOf("partnership.agreementChanged")).toBe("APPROVALS");
    expect(emailKindOf("introduction.proposed")).toBe("INTRODUCTIONS");
    expect(emailKindOf("toString")).toBeUndefined();
  });
});

describe("deciding how a person gets an e-mail", () => {
  it("follows the defaults without a choice: messages and phase changes in the digest, the rest at once", () => {
    expect(DEFAULT_EMAIL_DELIVERY).toEqual({ MESSAGES: "DIGEST", PHASE_CHANGES: "DIGEST", DEADLINES: "IMMEDIATE", APPROVALS: "IMMEDIATE", INTRODUCTIONS: "IMMEDIATE" });
    expect(decideEmailDelivery("partnership.message", {})).toBe("DIGEST");
    expect(decideEmailDelivery("reminder.inactive", {})).toBe("IMMEDIATE");
  });

  it("follows the person's choice for that kind only", () => {
    const preferences = { MESSAGES: "NEVER", DEADLINES: "DIGEST" } as const;
    expect(decideEmailDelivery("partnership.message", preferences)).toBe("NEVER");
    expect(decideEmailDelivery("interest.reminder", preferences)).toBe("DIGEST");
    expect(decideEmailDelivery("interest.received", preferences)).toBe("IMMEDIATE");
    expect(effectivePreferences(preferences)).toEqual({ MESSAGES: "NEVER", PHASE_CHANGES: "DIGEST", DEADLINES: "DIGEST", APPROVALS: "IMMEDIATE", INTRODUCTIONS: "IMMEDIATE" });
  });

  it("always sends at once what no preference governs (account notices, a kind added without a class)", () => {
    const never = { MESSAGES: "NEVER", PHASE_CHANGES: "NEVER", DEADLINES: "NEVER", APPROVALS: "NEVER", INTRODUCTIONS: "NEVER" } as const;
    expect(decideEmailDelivery("account.something", never)).toBe("IMMEDIATE");
  });
});

describe("the preferences form's schema", () => {
  it("needs one known choice for each of the five kinds, with a message key for the field", () => {
    const valid = { MESSAGES: "DIGEST", PHASE_CHANGES: "NEVER", DEADLINES: "IMMEDIATE", APPROVALS: "IMMEDIATE", INTRODUCTIONS: "DIGEST" };
    expect(emailPreferencesSchema.safeParse(valid).success).toBe(true);
    const bad = emailPreferencesSchema.safeParse({ ...valid, MESSAGES: "WEEKLY", APPROVALS: undefined });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["MESSAGES", "delivery"],
      ["APPROVALS", "delivery"],
    ]);
  });
});
