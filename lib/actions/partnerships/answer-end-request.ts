"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { answerEndRequestSchema } from "@/lib/partnerships/end-request/end-request-schemas";
import { answerEndRequest } from "@/lib/partnerships/end-request/answer-end-request";

/** Staff answer a request to end: agreed, or let us talk first. */
export const answerEndRequestAction = definePartnershipAction(answerEndRequestSchema, (viewer, data) => answerEndRequest(db, viewer, data));
