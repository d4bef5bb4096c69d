"use server";

import { db } from "@/lib/db";
import { addPlannedContribution } from "@/lib/partnerships/negotiation/add-planned-contribution";
import { addContributionSchema, removeContributionSchema, saveExpectationsSchema, saveRolesSchema } from "@/lib/partnerships/negotiation/negotiation-schemas";
import { removePlannedContribution } from "@/lib/partnerships/negotiation/remove-planned-contribution";
import { saveExpectations } from "@/lib/partnerships/negotiation/save-expectations";
import { saveRoles } from "@/lib/partnerships/negotiation/save-roles";
import { formDataToObject, runPartnershipAction, type PartnershipFormState } from "./run-partnership-action";

export async function addContributionAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(addContributionSchema, formDataToObject(formData), (viewer, data) => addPlannedContribution(db, viewer, data));
}

export async function removeContributionAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(removeContributionSchema, formDataToObject(formData), (viewer, data) => removePlannedContribution(db, viewer, data));
}

export async function saveExpectationsAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(saveExpectationsSchema, formDataToObject(formData), (viewer, data) => saveExpectations(db, viewer, data));
}

export async function saveRolesAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(saveRolesSchema, formDataToObject(formData), (viewer, data) => saveRoles(db, viewer, data));
}
