"use server";

import { db } from "@/lib/db";
import { LANDING_PAGES } from "@/lib/actions/landing-pages";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { saveStorySchema } from "@/lib/partnerships/communication/communication-schemas";
import { savePublicStory } from "@/lib/partnerships/communication/save-public-story";

/** The joint public story's text, by either party (an edit withdraws the approvals). The landing page shows approved stories: it is refreshed too (both its routes). */
export const savePublicStoryAction = definePartnershipAction(saveStorySchema, (viewer, data) => savePublicStory(db, viewer, data), { revalidate: LANDING_PAGES });
