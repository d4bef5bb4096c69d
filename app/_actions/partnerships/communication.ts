"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { approvePublicStory } from "@/lib/partnerships/communication/approve-public-story";
import {
  approveStorySchema,
  deleteCommunicationItemSchema,
  saveCommunicationItemSchema,
  saveStorySchema,
  withdrawStoryApprovalSchema,
} from "@/lib/partnerships/communication/communication-schemas";
import { deleteCommunicationItem } from "@/lib/partnerships/communication/delete-communication-item";
import { saveCommunicationItem } from "@/lib/partnerships/communication/save-communication-item";
import { savePublicStory } from "@/lib/partnerships/communication/save-public-story";
import { withdrawStoryApproval } from "@/lib/partnerships/communication/withdraw-story-approval";
import { formDataToObject, runPartnershipAction, type PartnershipFormState } from "./run-partnership-action";

// The communication tab's forms: the communication plan and the joint public story.

/** A story's approvals decide what the landing page shows: refresh it after each change. */
function showcaseChanged(state: PartnershipFormState): PartnershipFormState {
  if (state.status === "saved") revalidatePath("/");
  return state;
}

export async function saveCommunicationItemAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(saveCommunicationItemSchema, formDataToObject(formData), (viewer, data) => saveCommunicationItem(db, viewer, data));
}

export async function deleteCommunicationItemAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return runPartnershipAction(deleteCommunicationItemSchema, formDataToObject(formData), (viewer, data) => deleteCommunicationItem(db, viewer, data));
}

export async function savePublicStoryAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return showcaseChanged(await runPartnershipAction(saveStorySchema, formDataToObject(formData), (viewer, data) => savePublicStory(db, viewer, data)));
}

export async function approvePublicStoryAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return showcaseChanged(await runPartnershipAction(approveStorySchema, formDataToObject(formData), (viewer, data) => approvePublicStory(db, viewer, data)));
}

export async function withdrawStoryApprovalAction(_state: PartnershipFormState, formData: FormData): Promise<PartnershipFormState> {
  return showcaseChanged(await runPartnershipAction(withdrawStoryApprovalSchema, formDataToObject(formData), (viewer, data) => withdrawStoryApproval(db, viewer, data)));
}
