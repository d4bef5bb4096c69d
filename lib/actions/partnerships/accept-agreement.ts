"use server";

import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { acceptAgreement } from "@/lib/partnerships/agreement/accept-agreement";
import { acceptAgreementSchema } from "@/lib/partnerships/agreement/agreement-schema";

/** Records a representative's acceptance with the address the request came from (behind the trusted proxy). */
export const acceptAgreementAction = definePartnershipAction(acceptAgreementSchema, async (viewer, data) =>
  acceptAgreement(db, viewer, data, { ipAddress: clientIpFrom(await headers()) }),
);
