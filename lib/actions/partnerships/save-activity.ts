"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { saveActivitySchema } from "@/lib/partnerships/programme/programme-schemas";
import { saveActivity } from "@/lib/partnerships/programme/save-activity";

/** An activity or milestone of the programme, new or edited. */
export const saveActivityAction = definePartnershipAction(saveActivitySchema, (viewer, data) => saveActivity(db, viewer, data));
