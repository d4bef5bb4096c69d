"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { deleteActivitySchema } from "@/lib/partnerships/programme/programme-schemas";
import { deleteActivity } from "@/lib/partnerships/programme/delete-activity";

/** An activity removed from the programme. */
export const deleteActivityAction = definePartnershipAction(deleteActivitySchema, (viewer, data) => deleteActivity(db, viewer, data));
