"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { renewPartnershipSchema } from "@/lib/partnerships/closing/closing-schemas";
import { renewPartnership } from "@/lib/partnerships/closing/renew-partnership";

/**
 * Renews a completed partnership and takes the viewer to the new one, on their own side of
 * the app. The board and the workspace list gain a card: both are refreshed.
 */
export const renewPartnershipAction = definePartnershipAction(
  renewPartnershipSchema,
  async (viewer, data) => {
    const { id } = await renewPartnership(db, viewer, data);
    return viewer.kind === "staff" ? `/staff/partnerships/${id}` : `/workspace/partnerships/${id}`;
  },
  { revalidate: ["/staff", "/workspace"], onSuccess: (path) => redirect(path) },
);
