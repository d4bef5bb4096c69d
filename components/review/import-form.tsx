"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";

type ImportState =
  | { status: "idle" }
  | { status: "file-missing" | "file-too-large" }
  | { status: "imported"; created: number; updated: number }
  | { status: "rejected"; errors: { profileId: string | null; message: string }[] };

export type ImportTexts = { file: string; submit: string; importing: string; success: string; errorsTitle: string; fileMissing: string; fileTooLarge: string };

/** The upload form of the profile import, with the result or every error of the file. */
export function ImportForm({ texts, action }: { texts: ImportTexts; action: (state: ImportState, formData: FormData) => Promise<ImportState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const fileError = state.status === "file-missing" ? texts.fileMissing : state.status === "file-too-large" ? texts.fileTooLarge : undefined;
  return (
    <form action={formAction} className="space-y-4">
      {state.status === "imported" ? (
        <Notice tone="success">{texts.success.replace("{created}", String(state.created)).replace("{updated}", String(state.updated))}</Notice>
      ) : null}
      {state.status === "rejected" ? (
        <Notice tone="error">
          <p className="font-semibold">{texts.errorsTitle}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">{state.errors.map((error, index) => <li key={index}>{error.message}</li>)}</ul>
        </Notice>
      ) : null}
      <div>
        <label htmlFor="import-file" className="font-semibold">{texts.file}</label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept="application/json,.json"
          className="mt-1 block min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "import-file-error" : undefined}
        />
        {fileError ? <p id="import-file-error" className="mt-1 font-semibold text-danger">{fileError}</p> : null}
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? texts.importing : texts.submit}</button>
    </form>
  );
}
