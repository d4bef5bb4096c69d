"use client";

import { useActionState } from "react";
import { createAgreementAction } from "@/app/_actions/partnerships/agreement";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { formErrorText, type AgreementTexts } from "./agreement-texts";

/** One button: the agreement is drafted from the template on the server, in the viewer's language. */
export function CreateAgreementForm({ partnershipId, t }: { partnershipId: string; t: AgreementTexts }) {
  const [state, action, pending] = useActionState(createAgreementAction, { status: "idle" });
  const error = formErrorText(t, state);
  return (
    <form action={action} className="space-y-3">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? t.agreement.creating : t.agreement.create}
      </button>
    </form>
  );
}
