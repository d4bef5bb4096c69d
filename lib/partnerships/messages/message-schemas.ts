import { z } from "zod";

// Shared by the message and staff-note forms and their server actions. Messages are keys
// of t.messages.errors, resolved by the form.

const id = z.string().trim().min(1).max(64);
export const MESSAGE_MAX_LENGTH = 4000;

const body = z.string().trim().min(1, "bodyRequired").max(MESSAGE_MAX_LENGTH, "bodyTooLong");

export const postMessageSchema = z.object({ partnershipId: id, body });
export type PostMessageInput = z.infer<typeof postMessageSchema>;

export const addStaffNoteSchema = z.object({ partnershipId: id, body });
export type AddStaffNoteInput = z.infer<typeof addStaffNoteSchema>;
