"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState } from "react";
import { useForm } from "react-hook-form";
import { acceptAgreementAction } from "@/app/_actions/partnerships/agreement";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { format } from "@/lib/i18n/define-section";
import { acceptAgreementSchema } from "@/lib/partnerships/agreement/agreement-schema";
import { errorText, formErrorText, inputClass, type AgreementTexts } from "./agreement-texts";

type Props = { partnershipId: string; revision: number; side: "COMPANY" | "NONPROFIT"; organizationName: string; t: AgreementTexts };

/** A representative of the viewer's party accepts the current revision: name, role and an explicit declaration. */
export function AcceptAgreementForm({ partnershipId, revision, side, organizationName, t }: Props) {
  const a = t.agreement.accept;
  const [state, action, pending] = useActionState(acceptAgreementAction, { status: "idle" });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(acceptAgreementSchema),
    defaultValues: { partnershipId, revision, side, signerName: "", signerRole: "", confirm: false },
  });
  const serverErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const fieldError = (name: "signerName" | "signerRole" | "confirm") => errorText(t, errors[name]?.message ?? serverErrors[name]);
  const formError = formErrorText(t, state);
  const onSubmit = handleSubmit((values) => startTransition(() => action(values)));

  const nameError = fieldError("signerName");
  const roleError = fieldError("signerRole");
  const confirmError = fieldError("confirm");
  return (
    <section aria-labelledby="agreement-accept-title" className="max-w-3xl space-y-4 rounded-lg border-2 border-primary bg-primary-soft/40 p-5">
      <h3 id="agreement-accept-title" className="text-xl font-bold">{format(a.title, { organization: organizationName })}</h3>
      <p>{a.lead}</p>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="signerName" className="font-semibold">{a.signerName}</label>
            <input id="signerName" autoComplete="name" className={`${inputClass} bg-white`} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? "signerName-error" : undefined} {...register("signerName")} />
            {nameError ? <p id="signerName-error" className="mt-1 text-danger">{nameError}</p> : null}
          </div>
          <div>
            <label htmlFor="signerRole" className="font-semibold">{a.signerRole}</label>
            <input id="signerRole" autoComplete="organization-title" className={`${inputClass} bg-white`} aria-invalid={roleError ? true : undefined} aria-describedby={roleError ? "signerRole-error" : undefined} {...register("signerRole")} />
            {roleError ? <p id="signerRole-error" className="mt-1 text-danger">{roleError}</p> : null}
          </div>
        </div>
        <div>
          <div className="flex items-start gap-3">
            <input id="acceptConfirm" type="checkbox" className="mt-1 size-6 shrink-0" aria-invalid={confirmError ? true : undefined} aria-describedby={confirmError ? "acceptConfirm-error" : undefined} {...register("confirm")} />
            <label htmlFor="acceptConfirm">{format(a.confirm, { organization: organizationName, revision })}</label>
          </div>
          {confirmError ? <p id="acceptConfirm-error" className="mt-1 text-danger">{confirmError}</p> : null}
        </div>
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? a.submitting : a.submit}
        </button>
      </form>
    </section>
  );
}
