"use client";

import { ActionButton } from "@/components/ui/form";
import { createAgreementAction } from "@/lib/actions/partnerships/create-agreement";
import { agreementText, type AgreementTexts } from "./agreement-texts";

/** One button: the agreement is drafted from the template on the server, in the viewer's language. */
export function CreateAgreementForm({ partnershipId, t }: { partnershipId: string; t: AgreementTexts }) {
  return (
    <ActionButton
      action={createAgreementAction}
      fields={{ partnershipId }}
      label={t.agreement.create}
      pendingLabel={t.agreement.creating}
      variant="primary"
      errorText={(key) => agreementText(t, key)}
    />
  );
}
