"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { updateAgreementSchema } from "@/lib/partnerships/agreement/agreement-schema";
import { updateAgreement } from "@/lib/partnerships/agreement/update-agreement";

/** An edit of the agreement's text, made on a named revision (a concurrent edit is a conflict). */
export const updateAgreementAction = definePartnershipAction(updateAgreementSchema, (viewer, data) => updateAgreement(db, viewer, data));
