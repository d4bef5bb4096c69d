"use client";

import { useActionState } from "react";
import { Field, inputClass, SubmitButton, translateKey, type FormServerAction } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { fieldErrorOf, IDLE } from "@/lib/actions/action-state";
import type { Messages } from "@/lib/i18n/get-messages";

export type ImportTexts = { file: string; submit: string; importing: string; success: string; errorsTitle: string; fileMissing: string; fileTooLarge: string };

type Counts = { created: number; updated: number };
type Problem = { profileId: string | null; message: string };

/**
 * The upload form of the profile import, with the result or every error of the file. The
 * file is checked by the server only (importFileSchema): its size and content are its business.
 */
export function ImportForm({ texts, forms, action }: { texts: ImportTexts; forms: Messages["forms"]; action: FormServerAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const fileError = translateKey(fieldErrorOf(state, "file"), { fileMissing: texts.fileMissing, fileTooLarge: texts.fileTooLarge }, forms);
  const counts = state.status === "success" ? (state.data as Counts) : undefined;
  const problems = state.status === "error" && state.message === "importRejected" ? (state.data as Problem[]) : undefined;
  const otherError = state.status === "error" && !fileError && !problems ? translateKey(state.message, forms) : undefined;
  return (
    <form action={formAction} className="space-y-4">
      {counts ? <Notice tone="success">{texts.success.replace("{created}", String(counts.created)).replace("{updated}", String(counts.updated))}</Notice> : null}
      {problems ? (
        <Notice tone="error">
          <p className="font-semibold">{texts.errorsTitle}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">{problems.map((problem, index) => <li key={index}>{problem.message}</li>)}</ul>
        </Notice>
      ) : null}
      {otherError ? <Notice tone="error">{otherError}</Notice> : null}
      <Field id="import-file" label={texts.file} error={fileError}>
        {(control) => <input {...control} name="file" type="file" accept="application/json,.json" className={inputClass} />}
      </Field>
      <SubmitButton pending={pending} pendingLabel={texts.importing}>{texts.submit}</SubmitButton>
    </form>
  );
}
