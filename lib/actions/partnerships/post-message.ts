"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { postMessageSchema } from "@/lib/partnerships/messages/message-schemas";
import { postPartnershipMessage } from "@/lib/partnerships/messages/post-partnership-message";

/** A message to the partnership's thread, by a partner of either party or by staff. */
export const postMessageAction = definePartnershipAction(postMessageSchema, (viewer, data) => postPartnershipMessage(db, viewer, data));
