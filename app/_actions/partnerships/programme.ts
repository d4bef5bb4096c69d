"use server";

import { db } from "@/lib/db";
import { deleteActivity } from "@/lib/partnerships/programme/delete-activity";
import { deleteDeliveredContribution } from "@/lib/partnerships/programme/delete-delivered-contribution";
import { logDeliveredContribution } from "@/lib/partnerships/programme/log-delivered-contribution";
import {
  deleteActivitySchema,
  deleteDeliveredContributionSchema,
  logDeliveredContributionSchema,
  saveActivitySchema,
  setActivityDoneSchema,
} from "@/lib/partnerships/programme/programme-schemas";
import { saveActivity } from "@/lib/partnerships/programme/save-activity";
import { setActivityDone } from "@/lib/partnerships/programme/set-activity-done";
import { formDataToObject, runPartnershipAction, type PartnershipFormState } from "./run-partnership-action";

// The programme tab's forms: activities and milestones, and the delivered contributions log.

export async function saveActivityAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(saveActivitySchema, formDataToObject(formData), (viewer, data) => saveActivity(db, viewer, data));
}

export async function setActivityDoneAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(setActivityDoneSchema, formDataToObject(formData), (viewer, data) => setActivityDone(db, viewer, data));
}

export async function deleteActivityAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(deleteActivitySchema, formDataToObject(formData), (viewer, data) => deleteActivity(db, viewer, data));
}

export async function logDeliveredContributionAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(logDeliveredContributionSchema, formDataToObject(formData), (viewer, data) => logDeliveredContribution(db, viewer, data));
}

export async function deleteDeliveredContributionAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(deleteDeliveredContributionSchema, formDataToObject(formData), (viewer, data) => deleteDeliveredContribution(db, viewer, data));
}
