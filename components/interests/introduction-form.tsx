"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import { IDLE, type InterestFormState } from "@/lib/interests/form-state";
import type { IntroductionOptions } from "@/lib/interests/list-introductions";

const fieldClass = "mt-1 block min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

/** Staff propose an introduction; the server validates with proposeIntroductionSchema. */
export function IntroductionForm({
  options,
  t,
  action,
}: {
  options: IntroductionOptions;
  t: Messages["suggestions"];
  action: (state: InterestFormState, formData: FormData) => Promise<InterestFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const fieldError = (field: string) => {
    const key = state.fieldErrors?.[field];
    return key ? (t.validation[key as keyof typeof t.validation] ?? t.errors[key as keyof typeof t.errors] ?? key) : undefined;
  };
  const formError = state.formError ? (t.errors[state.formError as keyof typeof t.errors] ?? state.formError) : undefined;
  const field = (name: string) => {
    const error = fieldError(name);
    return { error, props: { "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${name}-error` : undefined } };
  };
  const company = field("companyId");
  const nonprofit = field("nonprofitId");
  const message = field("message");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "ok" ? <Notice tone="success">{t.proposed}</Notice> : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="companyId" className="font-semibold">{t.company}</label>
          <select id="companyId" name="companyId" defaultValue="" className={fieldClass} {...company.props}>
            <option value="">{t.choose}</option>
            {options.companies.map((org) => <option key={org.id} value={org.id}>{org.name} · {org.comune}</option>)}
          </select>
          {company.error ? <p id="companyId-error" className="mt-1 text-danger">{company.error}</p> : null}
        </div>
        <div>
          <label htmlFor="nonprofitId" className="font-semibold">{t.nonprofit}</label>
          <select id="nonprofitId" name="nonprofitId" defaultValue="" className={fieldClass} {...nonprofit.props}>
            <option value="">{t.choose}</option>
            {options.nonprofits.map((org) => <option key={org.id} value={org.id}>{org.name} · {org.comune}</option>)}
          </select>
          {nonprofit.error ? <p id="nonprofitId-error" className="mt-1 text-danger">{nonprofit.error}</p> : null}
        </div>
      </div>
      <div>
        <label htmlFor="message" className="font-semibold">{t.message}</label>
        <textarea id="message" name="message" maxLength={1000} className={`${fieldClass} min-h-28`} {...message.props} />
        {message.error ? <p id="message-error" className="mt-1 text-danger">{message.error}</p> : null}
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? t.sending : t.propose}</button>
    </form>
  );
}
