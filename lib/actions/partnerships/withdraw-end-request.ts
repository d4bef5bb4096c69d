"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { withdrawEndRequestSchema } from "@/lib/partnerships/end-request/end-request-schemas";
import { withdrawEndRequest } from "@/lib/partnerships/end-request/withdraw-end-request";

/** The party that asked to end takes its request back. */
export const withdrawEndRequestAction = definePartnershipAction(withdrawEndRequestSchema, (viewer, data) => withdrawEndRequest(db, viewer, data));
