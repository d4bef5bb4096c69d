"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { saveCommunicationItemSchema } from "@/lib/partnerships/communication/communication-schemas";
import { saveCommunicationItem } from "@/lib/partnerships/communication/save-communication-item";

/** An item of the communication plan, new or edited. */
export const saveCommunicationItemAction = definePartnershipAction(saveCommunicationItemSchema, (viewer, data) => saveCommunicationItem(db, viewer, data));
