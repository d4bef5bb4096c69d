"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { deleteDeliveredContributionSchema } from "@/lib/partnerships/programme/programme-schemas";
import { deleteDeliveredContribution } from "@/lib/partnerships/programme/delete-delivered-contribution";

/** A delivered contribution removed from the log. */
export const deleteDeliveredContributionAction = definePartnershipAction(deleteDeliveredContributionSchema, (viewer, data) => deleteDeliveredContribution(db, viewer, data));
