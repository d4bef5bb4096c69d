"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { approveStorySchema } from "@/lib/partnerships/communication/communication-schemas";
import { approvePublicStory } from "@/lib/partnerships/communication/approve-public-story";

/** One party approves the public story; with both approvals the landing page shows it. The landing page shows approved stories: it is refreshed too. */
export const approvePublicStoryAction = definePartnershipAction(approveStorySchema, (viewer, data) => approvePublicStory(db, viewer, data), { revalidate: ["/"] });
