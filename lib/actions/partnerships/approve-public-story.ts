"use server";

import { db } from "@/lib/db";
import { LANDING_PAGES } from "@/lib/actions/landing-pages";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { approveStorySchema } from "@/lib/partnerships/communication/communication-schemas";
import { approvePublicStory } from "@/lib/partnerships/communication/approve-public-story";

/** One party approves the public story; with both approvals the landing page shows it. The landing page shows approved stories: it is refreshed too (both its routes). */
export const approvePublicStoryAction = definePartnershipAction(approveStorySchema, (viewer, data) => approvePublicStory(db, viewer, data), { revalidate: LANDING_PAGES });
