"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { setChecklistItemDoneSchema } from "@/lib/partnerships/checklist/checklist-schemas";
import { setChecklistItemDone } from "@/lib/partnerships/checklist/set-checklist-item-done";

/** A checklist task ticked or unticked. */
export const setChecklistItemDoneAction = definePartnershipAction(setChecklistItemDoneSchema, (viewer, data) => setChecklistItemDone(db, viewer, data));
