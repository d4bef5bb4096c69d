"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { requestEndSchema } from "@/lib/partnerships/end-request/end-request-schemas";
import { requestPartnershipEnd } from "@/lib/partnerships/end-request/request-partnership-end";

/** A partner asks, for its party, to complete or discontinue the partnership. */
export const requestPartnershipEndAction = definePartnershipAction(requestEndSchema, (viewer, data) => requestPartnershipEnd(db, viewer, data));
