"use server";

import { db } from "@/lib/db";
import { answerCheckIn } from "@/lib/partnerships/monitoring/answer-check-in";
import { answerCheckInSchema, finalEvaluationSchema, recordMeasurementSchema, saveIndicatorSchema } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { recordMeasurement } from "@/lib/partnerships/monitoring/record-measurement";
import { saveIndicator } from "@/lib/partnerships/monitoring/save-indicator";
import { submitFinalEvaluation } from "@/lib/partnerships/monitoring/submit-final-evaluation";
import { formDataToObject, runPartnershipAction, type PartnershipFormState } from "./run-partnership-action";

export async function saveIndicatorAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(saveIndicatorSchema, formDataToObject(formData), (viewer, data) => saveIndicator(db, viewer, data));
}

export async function recordMeasurementAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(recordMeasurementSchema, formDataToObject(formData), (viewer, data) => recordMeasurement(db, viewer, data));
}

export async function answerCheckInAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(answerCheckInSchema, formDataToObject(formData), (viewer, data) => answerCheckIn(db, viewer, data));
}

export async function submitFinalEvaluationAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(finalEvaluationSchema, formDataToObject(formData), (viewer, data) => submitFinalEvaluation(db, viewer, data));
}
