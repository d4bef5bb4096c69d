"use client";

import { ActionButton, translateKey } from "@/components/ui/form";
import { renewPartnershipAction } from "@/lib/actions/partnerships/renew-partnership";
import type { Messages } from "@/lib/i18n/get-messages";

/** One button: the action opens the renewal and takes the viewer there. */
export function RenewForm({ t, forms, partnershipId }: { t: Messages["closing"]; forms: Messages["forms"]; partnershipId: string }) {
  return (
    <ActionButton
      action={renewPartnershipAction}
      fields={{ partnershipId }}
      label={t.renew}
      pendingLabel={t.renewing}
      variant="primary"
      className="mt-4"
      errorText={(key) => translateKey(key, t.errors, forms)}
    />
  );
}
