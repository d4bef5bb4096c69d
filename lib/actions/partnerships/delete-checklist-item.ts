"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { deleteChecklistItemSchema } from "@/lib/partnerships/checklist/checklist-schemas";
import { deleteChecklistItem } from "@/lib/partnerships/checklist/delete-checklist-item";

/** A checklist task removed (the service keeps the template's tasks). */
export const deleteChecklistItemAction = definePartnershipAction(deleteChecklistItemSchema, (viewer, data) => deleteChecklistItem(db, viewer, data));
