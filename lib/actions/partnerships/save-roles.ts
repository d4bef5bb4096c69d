"use server";

import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { saveRolesSchema } from "@/lib/partnerships/negotiation/negotiation-schemas";
import { saveRoles } from "@/lib/partnerships/negotiation/save-roles";

/** Who does what: the roles agreed during the negotiation. */
export const saveRolesAction = definePartnershipAction(saveRolesSchema, (viewer, data) => saveRoles(db, viewer, data));
