"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { setActivityDoneSchema } from "@/lib/partnerships/programme/programme-schemas";
import { setActivityDone } from "@/lib/partnerships/programme/set-activity-done";

/** An activity marked done, or open again. */
export const setActivityDoneAction = definePartnershipAction(setActivityDoneSchema, (viewer, data) => setActivityDone(db, viewer, data));
