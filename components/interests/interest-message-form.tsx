"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import type { InterestFormState } from "@/lib/interests/form-state";
import { expressInterestSchema, type ExpressInterestInput } from "@/lib/interests/interest-schemas";

type Texts = Messages["suggestions"];

const inputClass =
  "mt-1 block min-h-32 w-full rounded-md border-2 border-muted px-3 py-2 text-base aria-[invalid=true]:border-danger";

/** The "Mi interessa" form: a message to the other organisation, validated on both sides. */
export function InterestMessageForm({
  organizationId,
  organizationName,
  t,
  action,
  sentHref,
}: {
  organizationId: string;
  organizationName: string;
  t: Texts;
  action: (input: ExpressInterestInput) => Promise<InterestFormState>;
  /** Where to go once sent (a list the target no longer appears in); otherwise a notice here. */
  sentHref?: string;
}) {
  const router = useRouter();
  const [state, setState] = useState<InterestFormState>({ status: "idle" });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ExpressInterestInput>({ resolver: zodResolver(expressInterestSchema), defaultValues: { organizationId, message: "" } });

  const text = (key: string | undefined, group: Record<string, string>) => (key ? (group[key] ?? key) : undefined);

  async function onSubmit(values: ExpressInterestInput) {
    const result = await action(values);
    if (result.status === "ok" && sentHref) return router.replace(sentHref);
    setState(result);
    const messageError = result.fieldErrors?.message;
    if (messageError) setError("message", { message: messageError });
  }

  if (state.status === "ok") return <Notice tone="success">{t.interestSent}</Notice>;
  const fieldId = `message-${organizationId}`;
  const messageError = text(errors.message?.message, t.validation);
  const formError = text(state.formError, t.errors) ?? (state.fieldErrors?.organizationId ? t.errors.notFound : undefined);
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={`${t.expressTitle}: ${organizationName}`}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <input type="hidden" {...register("organizationId")} />
      <div>
        <label htmlFor={fieldId} className="font-semibold">{t.message}</label>
        <p id={`${fieldId}-help`} className="text-sm text-muted">{t.expressHelp}</p>
        <textarea
          id={fieldId}
          className={inputClass}
          maxLength={1000}
          aria-invalid={messageError ? true : undefined}
          aria-describedby={messageError ? `${fieldId}-help ${fieldId}-error` : `${fieldId}-help`}
          {...register("message")}
        />
        {messageError ? <p id={`${fieldId}-error`} className="mt-1 text-danger">{messageError}</p> : null}
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={isSubmitting}>
        {isSubmitting ? t.sending : t.send}
      </button>
    </form>
  );
}
