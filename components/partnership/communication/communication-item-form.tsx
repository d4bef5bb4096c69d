"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useRef } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Messages } from "@/lib/i18n/get-messages";
import { COMMUNICATION_CHANNELS, COMMUNICATION_STATUSES, saveCommunicationItemSchema } from "@/lib/partnerships/communication/communication-schemas";
import { describedBy, Field, FormMessage, inputClass, resolveError, useActionForm, type FormAction } from "../programme/form-parts";

type Input = z.input<typeof saveCommunicationItemSchema>;
type Output = z.output<typeof saveCommunicationItemSchema>;

export type CommunicationTexts = {
  communication: Messages["communication"];
  partnership: Pick<Messages["partnership"], "formErrors" | "optional" | "saving" | "adding" | "saved">;
};

type Props = {
  texts: CommunicationTexts;
  action: FormAction;
  partnershipId: string;
  item?: { id: string; channel: Input["channel"]; title: string; plannedOn: string; status: NonNullable<Input["status"]>; link: string };
  formLabel: string;
};

export function CommunicationItemForm({ texts, action, partnershipId, item, formLabel }: Props) {
  const c = texts.communication;
  const errorTexts = { formErrors: texts.partnership.formErrors, errors: c.errors };
  const prefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const empty: Input = { partnershipId, itemId: "", channel: "SOCIAL", title: "", plannedOn: "", status: "PLANNED", link: "" };
  const { register, handleSubmit, reset, formState } = useForm<Input, unknown, Output>({
    resolver: zodResolver(saveCommunicationItemSchema),
    defaultValues: item ? { partnershipId, itemId: item.id, ...item } : empty,
  });
  const { state, pending, post, formAction } = useActionForm(action, () => {
    if (!item) reset(empty);
    else formRef.current?.closest("details")?.removeAttribute("open");
  });
  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const error = (name: keyof Input) => resolveError(errorTexts, formState.errors[name]?.message ?? serverErrors?.[name]);
  const id = (name: string) => `${prefix}-${name}`;

  return (
    <form ref={formRef} aria-label={formLabel} action={formAction} noValidate onSubmit={handleSubmit((_values, event) => post(event?.target as HTMLFormElement))} className="space-y-4">
      <FormMessage state={state} texts={errorTexts} />
      <input type="hidden" {...register("partnershipId")} />
      <input type="hidden" {...register("itemId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("channel")} label={c.fields.channel} error={error("channel")}>
          <select id={id("channel")} className={inputClass} {...describedBy(id("channel"), { error: error("channel") })} {...register("channel")}>
            {COMMUNICATION_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>{c.channels[channel]}</option>
            ))}
          </select>
        </Field>
        <Field id={id("plannedOn")} label={c.fields.plannedOn} error={error("plannedOn")}>
          <input id={id("plannedOn")} type="date" className={inputClass} {...describedBy(id("plannedOn"), { error: error("plannedOn") })} {...register("plannedOn")} />
        </Field>
      </div>
      <Field id={id("title")} label={c.fields.title} error={error("title")}>
        <input id={id("title")} type="text" className={inputClass} {...describedBy(id("title"), { error: error("title") })} {...register("title")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("status")} label={c.fields.status} error={error("status")}>
          <select id={id("status")} className={inputClass} {...describedBy(id("status"), { error: error("status") })} {...register("status")}>
            {COMMUNICATION_STATUSES.map((status) => (
              <option key={status} value={status}>{c.statuses[status]}</option>
            ))}
          </select>
        </Field>
        <Field id={id("link")} label={c.fields.link} hint={c.fields.linkHint} error={error("link")}>
          <input id={id("link")} type="url" inputMode="url" className={inputClass} {...describedBy(id("link"), { hint: true, error: error("link") })} {...register("link")} />
        </Field>
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? (item ? texts.partnership.saving : texts.partnership.adding) : item ? c.saveItem : c.addItem}
      </button>
    </form>
  );
}
