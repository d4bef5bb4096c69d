"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { answerCheckInSchema } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { answerCheckIn } from "@/lib/partnerships/monitoring/answer-check-in";

/** One party's answer to a periodic check-in. */
export const answerCheckInAction = definePartnershipAction(answerCheckInSchema, (viewer, data) => answerCheckIn(db, viewer, data));
