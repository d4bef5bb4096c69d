"use server";

import { db } from "@/lib/db";
import { LANDING_PAGES } from "@/lib/actions/landing-pages";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { withdrawStoryApprovalSchema } from "@/lib/partnerships/communication/communication-schemas";
import { withdrawStoryApproval } from "@/lib/partnerships/communication/withdraw-story-approval";

/** One party withdraws its approval: the story leaves the landing page. The landing page shows approved stories: it is refreshed too (both its routes). */
export const withdrawStoryApprovalAction = definePartnershipAction(withdrawStoryApprovalSchema, (viewer, data) => withdrawStoryApproval(db, viewer, data), { revalidate: LANDING_PAGES });
