"use server";

import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { acceptAgreement } from "@/lib/partnerships/agreement/accept-agreement";
import { acceptAgreementSchema, createAgreementSchema, updateAgreementSchema } from "@/lib/partnerships/agreement/agreement-schema";
import { createAgreement } from "@/lib/partnerships/agreement/create-agreement";
import { updateAgreement } from "@/lib/partnerships/agreement/update-agreement";
import { formDataToObject, runPartnershipAction, type PartnershipFormState } from "./run-partnership-action";

// The agreement's actions: thin, each one schema → guard → one service (see runPartnershipAction).
// They take FormData (a plain <form action>) or the object a react-hook-form form submits.

const plain = (input: unknown) => (input instanceof FormData ? formDataToObject(input) : input);

/** Creates the agreement from the template, in the language of whoever creates it. */
export async function createAgreementAction(_state: PartnershipFormState, input: unknown): Promise<PartnershipFormState> {
  const locale = await getRequestLocale();
  return runPartnershipAction(createAgreementSchema, plain(input), (viewer, data) => createAgreement(db, viewer, data, { locale }));
}

export async function updateAgreementAction(_state: PartnershipFormState, input: unknown): Promise<PartnershipFormState> {
  return runPartnershipAction(updateAgreementSchema, plain(input), (viewer, data) => updateAgreement(db, viewer, data));
}

/** Records a representative's acceptance with the address the request came from (behind the trusted proxy). */
export async function acceptAgreementAction(_state: PartnershipFormState, input: unknown): Promise<PartnershipFormState> {
  const ipAddress = clientIpFrom(await headers());
  return runPartnershipAction(acceptAgreementSchema, plain(input), (viewer, data) => acceptAgreement(db, viewer, data, { ipAddress }));
}
