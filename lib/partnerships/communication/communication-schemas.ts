import { z } from "zod";
import { isSupportedDay } from "@/lib/validation/calendar-day";

// One schema per operation, shared by the forms and the server actions. Messages are keys
// of t.communication.errors, which the forms translate.

const id = z.string().trim().min(1).max(64);

export const COMMUNICATION_CHANNELS = ["WEBSITE", "SOCIAL", "PRESS", "NEWSLETTER", "EVENT", "REPORT", "OTHER"] as const;
export const COMMUNICATION_STATUSES = ["PLANNED", "PUBLISHED", "CANCELLED"] as const;
export const STORY_MIN_LENGTH = 50;
export const STORY_MAX_LENGTH = 2000;

/** Only web addresses a reader can open safely: http(s), never javascript: or data:. */
export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Add (no itemId) or edit an item of the communication plan, status included. */
export const saveCommunicationItemSchema = z
  .object({
    partnershipId: id,
    itemId: z.string().trim().max(64).optional().default(""),
    channel: z.enum(COMMUNICATION_CHANNELS, "channelRequired"),
    title: z.string().trim().min(1, "titleRequired").max(200, "tooLong"),
    plannedOn: z.string().trim().min(1, "plannedOnRequired").refine(isSupportedDay, "dateInvalid"),
    status: z.enum(COMMUNICATION_STATUSES, "statusRequired").optional().default("PLANNED"),
    link: z
      .string()
      .trim()
      .max(500, "tooLong")
      .optional()
      .default("")
      .refine((value) => value === "" || isWebLink(value), "linkInvalid"),
  })
  .refine((input) => input.status !== "PUBLISHED" || input.link !== "", { message: "linkRequiredWhenPublished", path: ["link"] });
export type SaveCommunicationItemInput = z.input<typeof saveCommunicationItemSchema>;

export const deleteCommunicationItemSchema = z.object({ partnershipId: id, itemId: id });

/** The joint public story: 50 to 2,000 characters, as both parties will read it in public. */
export const saveStorySchema = z.object({
  partnershipId: id,
  story: z.string().trim().min(STORY_MIN_LENGTH, "storyTooShort").max(STORY_MAX_LENGTH, "storyTooLong"),
});

/** An approval names the text it approves (its hash): a text changed meanwhile is not approved. */
export const approveStorySchema = z.object({ partnershipId: id, storyHash: z.string().trim().regex(/^[0-9a-f]{64}$/, "storyChanged") });

export const withdrawStoryApprovalSchema = z.object({ partnershipId: id });
