"use server";

import { db } from "@/lib/db";
import { addChecklistItem } from "@/lib/partnerships/checklist/add-checklist-item";
import {
  addChecklistItemSchema,
  deleteChecklistItemSchema,
  setChecklistItemDoneSchema,
  updateChecklistItemSchema,
} from "@/lib/partnerships/checklist/checklist-schemas";
import { deleteChecklistItem } from "@/lib/partnerships/checklist/delete-checklist-item";
import { setChecklistItemDone } from "@/lib/partnerships/checklist/set-checklist-item-done";
import { updateChecklistItem } from "@/lib/partnerships/checklist/update-checklist-item";
import { formDataToObject, runPartnershipAction, type PartnershipFormState } from "./run-partnership-action";

export async function addChecklistItemAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(addChecklistItemSchema, formDataToObject(formData), (viewer, data) => addChecklistItem(db, viewer, data));
}

export async function updateChecklistItemAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(updateChecklistItemSchema, formDataToObject(formData), (viewer, data) => updateChecklistItem(db, viewer, data));
}

export async function setChecklistItemDoneAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(setChecklistItemDoneSchema, formDataToObject(formData), (viewer, data) => setChecklistItemDone(db, viewer, data));
}

export async function deleteChecklistItemAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(deleteChecklistItemSchema, formDataToObject(formData), (viewer, data) => deleteChecklistItem(db, viewer, data));
}
