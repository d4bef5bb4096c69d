"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { logDeliveredContributionSchema } from "@/lib/partnerships/programme/programme-schemas";
import { logDeliveredContribution } from "@/lib/partnerships/programme/log-delivered-contribution";

/** A contribution actually delivered, logged against the plan. */
export const logDeliveredContributionAction = definePartnershipAction(logDeliveredContributionSchema, (viewer, data) => logDeliveredContribution(db, viewer, data));
