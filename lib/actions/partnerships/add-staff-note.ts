"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { addStaffNote } from "@/lib/partnerships/messages/add-staff-note";
import { addStaffNoteSchema } from "@/lib/partnerships/messages/message-schemas";

/** Staff only: the service refuses partners (ForbiddenError → "forbidden"). */
export const addStaffNoteAction = definePartnershipAction(addStaffNoteSchema, (viewer, data) => addStaffNote(db, viewer, data));
