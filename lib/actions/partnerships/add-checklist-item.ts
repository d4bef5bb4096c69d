"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { addChecklistItemSchema } from "@/lib/partnerships/checklist/checklist-schemas";
import { addChecklistItem } from "@/lib/partnerships/checklist/add-checklist-item";

/** A task added to the partnership's checklist. */
export const addChecklistItemAction = definePartnershipAction(addChecklistItemSchema, (viewer, data) => addChecklistItem(db, viewer, data));
