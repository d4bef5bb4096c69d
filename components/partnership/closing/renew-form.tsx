"use client";

import { useActionState } from "react";
import { renewPartnershipAction } from "@/app/_actions/partnerships/closing";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";

type Texts = Messages["closing"];

/** One button: the action opens the renewal and takes the viewer there. */
export function RenewForm({ t, partnershipId }: { t: Texts; partnershipId: string }) {
  const [state, formAction, pending] = useActionState(renewPartnershipAction, { status: "idle" });
  const error =
    state.status === "error" ? (state.formError && Object.hasOwn(t.errors, state.formError) ? t.errors[state.formError as keyof Texts["errors"]] : t.errors.generic) : null;
  return (
    <form action={formAction} className="mt-4 space-y-3">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? t.renewing : t.renew}
      </button>
    </form>
  );
}
