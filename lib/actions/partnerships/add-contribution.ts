"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { addContributionSchema } from "@/lib/partnerships/negotiation/negotiation-schemas";
import { addPlannedContribution } from "@/lib/partnerships/negotiation/add-planned-contribution";

/** A contribution one party plans to make, added during the negotiation. */
export const addContributionAction = definePartnershipAction(addContributionSchema, (viewer, data) => addPlannedContribution(db, viewer, data));
