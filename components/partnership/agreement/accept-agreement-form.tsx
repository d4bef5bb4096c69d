"use client";

import { CheckboxField, FormMessage, HiddenFields, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { acceptAgreementAction } from "@/lib/actions/partnerships/accept-agreement";
import { format } from "@/lib/i18n/define-section";
import { acceptAgreementSchema, type AcceptAgreementInput } from "@/lib/partnerships/agreement/agreement-schema";
import { agreementText, type AgreementTexts } from "./agreement-texts";

type Props = { partnershipId: string; revision: number; side: "COMPANY" | "NONPROFIT"; organizationName: string; t: AgreementTexts };

/** A representative of the viewer's party accepts the current revision: name, role and an explicit declaration. */
export function AcceptAgreementForm({ partnershipId, revision, side, organizationName, t }: Props) {
  const a = t.agreement.accept;
  const defaults: AcceptAgreementInput = { partnershipId, revision, side, signerName: "", signerRole: "", confirm: false };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: acceptAgreementSchema, action: acceptAgreementAction, defaultValues: defaults });
  const text = (key: string | undefined) => agreementText(t, key);
  return (
    <section aria-labelledby="agreement-accept-title" className="max-w-3xl space-y-4 rounded-lg border-2 border-primary bg-primary-soft/40 p-5">
      <h3 id="agreement-accept-title" className="text-xl font-bold">{format(a.title, { organization: organizationName })}</h3>
      <p>{a.lead}</p>
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
        <FormMessage state={state} error={text(formError)} />
        <HiddenFields values={{ partnershipId, revision: String(revision), side }} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="signerName" label={a.signerName} autoComplete="name" error={text(errorOf("signerName"))} registration={form.register("signerName")} />
          <TextField id="signerRole" label={a.signerRole} autoComplete="organization-title" error={text(errorOf("signerRole"))} registration={form.register("signerRole")} />
        </div>
        <CheckboxField id="acceptConfirm" label={format(a.confirm, { organization: organizationName, revision })} error={text(errorOf("confirm"))} registration={form.register("confirm")} />
        <SubmitButton pending={pending} pendingLabel={a.submitting}>{a.submit}</SubmitButton>
      </form>
    </section>
  );
}
