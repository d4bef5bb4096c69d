"use client";

import { useId, useRef } from "react";
import type { z } from "zod";
import { FormMessage, HiddenFields, SelectField, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { COMMUNICATION_CHANNELS, COMMUNICATION_STATUSES, saveCommunicationItemSchema } from "@/lib/partnerships/communication/communication-schemas";

type Input = z.input<typeof saveCommunicationItemSchema>;

export type CommunicationTexts = {
  communication: Messages["communication"];
  partnership: Pick<Messages["partnership"], "formErrors" | "optional" | "saving" | "adding" | "saved">;
  forms: Messages["forms"];
};

type Props = {
  texts: CommunicationTexts;
  action: FormServerAction;
  partnershipId: string;
  item?: { id: string; channel: Input["channel"]; title: string; plannedOn: string; status: NonNullable<Input["status"]>; link: string };
  formLabel: string;
};

/** An item of the communication plan: added at the foot of the list, or edited in its disclosure. */
export function CommunicationItemForm({ texts, action, partnershipId, item, formLabel }: Props) {
  const c = texts.communication;
  const prefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const empty: Input = { partnershipId, itemId: "", channel: "SOCIAL", title: "", plannedOn: "", status: "PLANNED", link: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({
    schema: saveCommunicationItemSchema,
    action,
    defaultValues: item ? { partnershipId, itemId: item.id, ...item } : empty,
    resetOnSuccess: !item,
    // An edit form lives in a disclosure: close it once saved, the list shows the result.
    onSuccess: item ? () => formRef.current?.closest("details")?.removeAttribute("open") : undefined,
  });
  const text = (key: string | undefined) => translateKey(key, c.errors, texts.partnership.formErrors, texts.forms);
  const id = (name: string) => `${prefix}-${name}`;
  const register = form.register;

  return (
    <form ref={formRef} aria-label={formLabel} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} error={text(formError)} />
      <HiddenFields values={{ partnershipId, itemId: item?.id ?? "" }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={id("channel")}
          label={c.fields.channel}
          options={COMMUNICATION_CHANNELS.map((channel) => ({ value: channel, label: c.channels[channel] }))}
          defaultValue={item?.channel}
          error={text(errorOf("channel"))}
          registration={register("channel")}
        />
        <TextField id={id("plannedOn")} type="date" label={c.fields.plannedOn} defaultValue={item?.plannedOn} error={text(errorOf("plannedOn"))} registration={register("plannedOn")} />
      </div>
      <TextField id={id("title")} type="text" label={c.fields.title} defaultValue={item?.title} error={text(errorOf("title"))} registration={register("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={id("status")}
          label={c.fields.status}
          options={COMMUNICATION_STATUSES.map((status) => ({ value: status, label: c.statuses[status] }))}
          defaultValue={item?.status}
          error={text(errorOf("status"))}
          registration={register("status")}
        />
        <TextField id={id("link")} type="url" inputMode="url" label={c.fields.link} hint={c.fields.linkHint} defaultValue={item?.link} error={text(errorOf("link"))} registration={register("link")} />
      </div>
      <SubmitButton pending={pending} pendingLabel={item ? texts.partnership.saving : texts.partnership.adding}>{item ? c.saveItem : c.addItem}</SubmitButton>
    </form>
  );
}
