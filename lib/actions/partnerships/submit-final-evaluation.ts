"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { finalEvaluationSchema } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { submitFinalEvaluation } from "@/lib/partnerships/monitoring/submit-final-evaluation";

/** One party's final evaluation of the partnership. */
export const submitFinalEvaluationAction = definePartnershipAction(finalEvaluationSchema, (viewer, data) => submitFinalEvaluation(db, viewer, data));
