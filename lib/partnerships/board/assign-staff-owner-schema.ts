import { z } from "zod";

/** The staff owner of a partnership: a staff user's id, or empty to leave it without one. Messages are t.board keys. */
export const assignStaffOwnerSchema = z.object({
  partnershipId: z.string().min(1, "validation.required"),
  staffOwnerId: z.preprocess((value) => (value === "" || value === undefined ? null : value), z.string("ownerInvalid").min(1, "ownerInvalid").max(64, "ownerInvalid").nullable()),
});

export type AssignStaffOwnerInput = z.input<typeof assignStaffOwnerSchema>;
