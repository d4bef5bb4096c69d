"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import { emailRequestSchema, type EmailRequestInput } from "@/lib/signup/signup-schema";
import { IDLE_STATE, type FormActionState } from "./action-state";
import { submitToAction } from "./submit-to-action";
import { TextField } from "./form-field";
import { resolveMessage } from "./resolve-message";

type EmailRequestFormProps = {
  action: (state: FormActionState, formData: FormData) => Promise<FormActionState>;
  /** The same answer whatever the address: no account is revealed. */
  doneMessage: string;
  submitLabel: string;
  submittingLabel: string;
  t: Messages["signup"];
};

/** One e-mail field that asks for a link: password reset, or verification again. */
export function EmailRequestForm({ action, doneMessage, submitLabel, submittingLabel, t }: EmailRequestFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<EmailRequestInput>({ resolver: zodResolver(emailRequestSchema) });
  const onValid = submitToAction(formAction);
  const error = resolveMessage(t.validation, errors.email?.message ?? state.fieldErrors?.email);
  const formMessage = state.status === "error" && state.message ? ((t as Record<string, unknown>)[state.message] as string | undefined) : undefined;
  return (
    <form action={formAction} onSubmit={handleSubmit(onValid)} noValidate className="space-y-5">
      {state.status === "done" ? <Notice tone="success">{doneMessage}</Notice> : null}
      {formMessage ? <Notice tone="error">{formMessage}</Notice> : null}
      <TextField id="email" label={t.email} type="email" autoComplete="email" registration={register("email")} error={error} />
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? submittingLabel : submitLabel}
      </button>
    </form>
  );
}
