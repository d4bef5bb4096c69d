"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { updateChecklistItemSchema } from "@/lib/partnerships/checklist/checklist-schemas";
import { updateChecklistItem } from "@/lib/partnerships/checklist/update-checklist-item";

/** A checklist task's text, owner or due date changed. */
export const updateChecklistItemAction = definePartnershipAction(updateChecklistItemSchema, (viewer, data) => updateChecklistItem(db, viewer, data));
