"use client";

import { FormMessage, HiddenFields, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { requestOrganizationClosureSchema } from "@/lib/account/account-schemas";
import { requestOrganizationClosureAction } from "@/lib/actions/account/request-organization-closure";
import { accountErrorText, type AccountFormTexts } from "./account-texts";

export function ClosureRequestForm({ texts, organizationId }: { texts: AccountFormTexts; organizationId: string }) {
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({
    schema: requestOrganizationClosureSchema,
    action: requestOrganizationClosureAction,
    defaultValues: { organizationId, currentPassword: "" },
  });
  const a = texts.account;
  const text = (key: string | undefined) => accountErrorText(texts, key);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} error={text(formError)} saved={a.closureRequestedSaved} />
      <HiddenFields values={{ organizationId }} />
      <TextField id={`closure-password-${organizationId}`} type="password" label={a.currentPasswordLabel} autoComplete="current-password" registration={form.register("currentPassword")} error={text(errorOf("currentPassword"))} />
      <SubmitButton variant="secondary" pending={pending} pendingLabel={a.requestingClosure}>{a.requestClosure}</SubmitButton>
    </form>
  );
}
