"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { deleteCommunicationItemSchema } from "@/lib/partnerships/communication/communication-schemas";
import { deleteCommunicationItem } from "@/lib/partnerships/communication/delete-communication-item";

/** An item of the communication plan removed. */
export const deleteCommunicationItemAction = definePartnershipAction(deleteCommunicationItemSchema, (viewer, data) => deleteCommunicationItem(db, viewer, data));
