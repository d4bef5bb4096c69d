"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { createAgreementSchema } from "@/lib/partnerships/agreement/agreement-schema";
import { createAgreement } from "@/lib/partnerships/agreement/create-agreement";

/** Creates the agreement from the template, in the language of whoever creates it. */
export const createAgreementAction = definePartnershipAction(createAgreementSchema, async (viewer, data) =>
  createAgreement(db, viewer, data, { locale: await getRequestLocale() }),
);
