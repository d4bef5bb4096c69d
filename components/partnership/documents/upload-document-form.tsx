"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Notice } from "@/components/ui/notice";
import { CheckboxField, Field, SelectField, SubmitButton, TextareaField, inputClass, translateKey } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { format } from "@/lib/i18n/define-section";
import { DOCUMENT_DESCRIPTION_MAX_LENGTH, DOCUMENT_KINDS } from "@/lib/partnerships/documents/document-schemas";

type Props = {
  partnershipId: string;
  isStaff: boolean;
  maxBytes: number;
  maxLabel: string;
  t: Messages["documents"];
  forms: Messages["forms"];
};

type Answer = { error?: string; fieldErrors?: Record<string, string> };

/**
 * Uploads one file to the partnership's documents route (multipart, same origin). A file
 * over the limit is stopped here before it is sent; the server checks everything again.
 */
export function UploadDocumentForm({ partnershipId, isStaff, maxBytes, maxLabel, t, forms }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const text = (key: string | undefined) => translateKey(key, t.errors, forms);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    const errors: Record<string, string> = {};
    if (!(file instanceof File) || file.size === 0) errors.file = file instanceof File && file.name ? "fileEmpty" : "fileRequired";
    else if (file.size > maxBytes) errors.file = "fileTooLarge";
    if (!data.get("kind")) errors.kind = "chooseKind";
    setSaved(false);
    setFormError(undefined);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setPending(true);
    try {
      const response = await fetch(`/partnerships/${partnershipId}/documents`, { method: "POST", body: data, headers: { Accept: "application/json" } });
      if (response.ok) {
        formRef.current?.reset();
        setSaved(true);
        router.refresh();
        return;
      }
      const answer = (await response.json().catch(() => ({}))) as Answer;
      if (answer.fieldErrors) setFieldErrors(answer.fieldErrors);
      else setFormError(response.status === 404 ? "notFound" : (answer.error ?? "generic"));
    } catch {
      setFormError("generic");
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate encType="multipart/form-data" className="space-y-4" aria-labelledby="upload-title">
      <h3 id="upload-title" className="text-xl font-bold">{t.uploadTitle}</h3>
      {saved ? <Notice tone="success">{t.uploaded}</Notice> : null}
      {formError ? <Notice tone="error">{text(formError)}</Notice> : null}
      <Field id="document-file" label={t.file} hint={format(t.fileHint, { max: maxLabel })} error={text(fieldErrors.file)}>
        {(control) => <input {...control} type="file" name="file" className={inputClass} />}
      </Field>
      <SelectField
        id="document-kind"
        name="kind"
        label={t.kind}
        placeholder={t.chooseKind}
        defaultValue=""
        options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
        error={text(fieldErrors.kind)}
      />
      <TextareaField id="document-description" name="description" label={t.description} hint={t.descriptionHint} rows={2} maxLength={DOCUMENT_DESCRIPTION_MAX_LENGTH} error={text(fieldErrors.description)} />
      {isStaff ? <CheckboxField id="document-staff-only" name="staffOnly" label={t.staffOnly} error={text(fieldErrors.staffOnly)} /> : null}
      <SubmitButton pending={pending} pendingLabel={t.uploading}>{t.upload}</SubmitButton>
    </form>
  );
}
