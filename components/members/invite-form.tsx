"use client";

import { FormMessage, SelectField, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { z } from "zod";
import type { Messages } from "@/lib/i18n/get-messages";
import { inviteMemberSchema, inviteStaffSchema } from "@/lib/organizations/members/member-schemas";

type Props = {
  t: Messages["members"];
  forms: Messages["forms"];
  action: FormServerAction;
  /** "organization": owners invite owners and members; "staff": administrators invite staff. */
  kind: "organization" | "staff";
  locale: "it" | "en";
  /** An address to start from (an owner following a join request). */
  email?: string;
};

type InviteValues = { email: string; role: string; locale: "it" | "en" };

const ROLES = { organization: ["MEMBER", "OWNER"], staff: ["STAFF", "ADMIN"] } as const;

/** The invitation form: an address, a role and the language of the e-mail. */
export function InviteForm({ t, forms, action, kind, locale, email = "" }: Props) {
  // The two schemas differ only in their roles; the form handles either.
  const schema = (kind === "organization" ? inviteMemberSchema : inviteStaffSchema) as unknown as z.ZodType<unknown, InviteValues>;
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({
    schema,
    action,
    defaultValues: { email, role: ROLES[kind][0], locale },
    resetOnSuccess: true,
  });
  const text = (key: string | undefined) => translateKey(key, t.errors, forms);
  const prefix = `invite-${kind}`;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} error={text(formError)} saved={t.invited} />
      <TextField id={`${prefix}-email`} label={t.inviteEmail} type="email" autoComplete="off" registration={form.register("email")} error={text(errorOf("email"))} />
      <SelectField id={`${prefix}-role`} label={t.inviteRole} options={ROLES[kind].map((role) => ({ value: role, label: t.roles[role] }))} registration={form.register("role")} error={text(errorOf("role"))} />
      <SelectField id={`${prefix}-locale`} label={t.inviteLocale} options={(["it", "en"] as const).map((value) => ({ value, label: t.locales[value] }))} registration={form.register("locale")} />
      <SubmitButton pending={pending} pendingLabel={t.inviting}>{t.invite}</SubmitButton>
    </form>
  );
}
