"use server";

import { db } from "@/lib/db";
import { addStaffNote } from "@/lib/partnerships/messages/add-staff-note";
import { addStaffNoteSchema, postMessageSchema } from "@/lib/partnerships/messages/message-schemas";
import { postPartnershipMessage } from "@/lib/partnerships/messages/post-partnership-message";
import { formDataToObject, runPartnershipAction, type PartnershipFormState } from "./run-partnership-action";

export async function postMessageAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(postMessageSchema, formDataToObject(formData), (viewer, data) => postPartnershipMessage(db, viewer, data));
}

/** Staff only: the service refuses partners (ForbiddenError → "forbidden"). */
export async function addStaffNoteAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(addStaffNoteSchema, formDataToObject(formData), (viewer, data) => addStaffNote(db, viewer, data));
}
