"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { recordMeasurementSchema } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { recordMeasurement } from "@/lib/partnerships/monitoring/record-measurement";

/** A measurement of one indicator. */
export const recordMeasurementAction = definePartnershipAction(recordMeasurementSchema, (viewer, data) => recordMeasurement(db, viewer, data));
