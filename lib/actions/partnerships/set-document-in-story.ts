"use server";

import { db } from "@/lib/db";
import { LANDING_PAGES } from "@/lib/actions/landing-pages";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { setDocumentInStory, setDocumentInStorySchema } from "@/lib/partnerships/documents/set-document-in-story";

/** Attaches a photo to the joint public story, or takes it off (both parties approve again). */
export const setDocumentInStoryAction = definePartnershipAction(setDocumentInStorySchema, (viewer, data) => setDocumentInStory(db, viewer, data), {
  revalidate: LANDING_PAGES,
});
