"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { dismissCheckInSchema } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { dismissCheckIn } from "@/lib/partnerships/monitoring/dismiss-check-in";

/** A partner chooses not to answer a check-in, with a reason for staff. */
export const dismissCheckInAction = definePartnershipAction(dismissCheckInSchema, (viewer, data) => dismissCheckIn(db, viewer, data));
