import { z } from "zod";
import { EMAIL_DELIVERIES } from "./email-kinds";

// The preferences form and its action: one choice per kind of e-mail, all five required.
// The error is a message key of the notificationPreferences.errors catalogue.
const delivery = z.enum(EMAIL_DELIVERIES, { error: "delivery" });

export const emailPreferencesSchema = z.object({
  MESSAGES: delivery,
  PHASE_CHANGES: delivery,
  DEADLINES: delivery,
  APPROVALS: delivery,
  INTRODUCTIONS: delivery,
});

export type EmailPreferencesInput = z.infer<typeof emailPreferencesSchema>;
