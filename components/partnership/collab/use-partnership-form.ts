"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { PartnershipFormState } from "@/app/_actions/partnerships/run-partnership-action";

export type PartnershipAction = (state: PartnershipFormState, formData: FormData) => Promise<PartnershipFormState>;

/**
 * react-hook-form with the operation's zod schema on the client, the same schema again in
 * the server action; the action's answer (field errors, form error, saved) comes back
 * through useActionState. After a save the form empties itself when asked to.
 */
export function usePartnershipForm<Values extends FieldValues>(options: {
  schema: z.ZodType<Values, Values>;
  action: PartnershipAction;
  defaultValues: DefaultValues<Values>;
  resetOnSave?: boolean;
}) {
  const { schema, action, defaultValues, resetOnSave } = options;
  const [state, formAction] = useActionState(action, { status: "idle" });
  const [pending, startTransition] = useTransition();
  const form = useForm<Values>({ resolver: zodResolver(schema) as unknown as Resolver<Values>, defaultValues });
  const savedAt = state.status === "saved" ? state.savedAt : null;
  const { reset } = form;
  useEffect(() => {
    if (savedAt !== null && resetOnSave) reset(defaultValues);
    // Only a new save resets; the defaults object is recreated on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedAt, resetOnSave, reset]);
  const onSubmit = form.handleSubmit((values) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(values)) data.set(name, value === undefined || value === null ? "" : String(value));
    startTransition(() => formAction(data));
  });
  const serverError = (field: string) => (state.status === "error" ? state.fieldErrors?.[field] : undefined);
  const formError = state.status === "error" ? (state.formError ?? state.fieldErrors?.form) : undefined;
  return { form, state, pending, onSubmit, serverError, formError };
}

/** A message key (from zod or a service) as text: the area's own texts, then the shared form errors, then a generic message. */
export function resolveError(key: string | undefined, own: Record<string, string>, shared: Record<string, string> & { generic: string }): string | undefined {
  if (!key) return undefined;
  return own[key] ?? shared[key] ?? shared.generic;
}
