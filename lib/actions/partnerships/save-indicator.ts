"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { saveIndicatorSchema } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { saveIndicator } from "@/lib/partnerships/monitoring/save-indicator";

/** An indicator of the partnership, new or edited. */
export const saveIndicatorAction = definePartnershipAction(saveIndicatorSchema, (viewer, data) => saveIndicator(db, viewer, data));
