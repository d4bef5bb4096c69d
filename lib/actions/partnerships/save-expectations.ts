"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { saveExpectationsSchema } from "@/lib/partnerships/negotiation/negotiation-schemas";
import { saveExpectations } from "@/lib/partnerships/negotiation/save-expectations";

/** One party's expectations of the partnership. */
export const saveExpectationsAction = definePartnershipAction(saveExpectationsSchema, (viewer, data) => saveExpectations(db, viewer, data));
