"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { removeContributionSchema } from "@/lib/partnerships/negotiation/negotiation-schemas";
import { removePlannedContribution } from "@/lib/partnerships/negotiation/remove-planned-contribution";

/** A planned contribution withdrawn. */
export const removeContributionAction = definePartnershipAction(removeContributionSchema, (viewer, data) => removePlannedContribution(db, viewer, data));
