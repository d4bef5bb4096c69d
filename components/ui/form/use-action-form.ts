"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { formErrorKeyOf, IDLE, type ActionState } from "@/lib/actions/action-state";
import { useHydrated } from "./use-hydrated";

export type FormServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Options<Values extends FieldValues> = {
  /** The operation's schema: the very one the server action parses with. */
  schema: z.ZodType<unknown, Values>;
  action: FormServerAction;
  defaultValues: DefaultValues<Values>;
  /** Empty the form after each save (a composer, an "add" form). */
  resetOnSuccess?: boolean;
  /** Runs once per save (close a dialog, move focus). */
  onSuccess?: (state: ActionState) => void;
};

/**
 * Binds a react-hook-form form to a server action through useActionState.
 *
 * - With JavaScript: the schema checks the fields in the browser; when they pass, the form's
 *   own FormData (hidden fields and checkbox groups included) goes to the action, which parses
 *   it again with the same schema. The server's field errors land in the form like the
 *   browser's own, and clear the same way.
 * - Without JavaScript (or before hydration): `formAction` is the form's `action`, so the
 *   browser posts to the server action and the page comes back with its answer; `errorOf`
 *   then reads the server's field errors.
 *
 * `errorOf(name)` and `formError` are message keys: the form shows them with translateKey.
 */
export function useActionForm<Values extends FieldValues>({ schema, action, defaultValues, resetOnSuccess, onSuccess }: Options<Values>) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = useForm<Values>({ resolver: zodResolver(schema as never) as unknown as Resolver<Values>, defaultValues });
  const hydrated = useHydrated();
  const { setError, reset } = form;

  useEffect(() => {
    if (state.status !== "error") return;
    for (const [name, key] of Object.entries(state.fieldErrors ?? {})) {
      if (name !== "form") setError(name as Path<Values>, { type: "server", message: key });
    }
  }, [state, setError]);

  // Once per save: `savedAt` changes with every success, the callbacks may not.
  const latest = useRef({ onSuccess, resetOnSuccess, defaultValues });
  useEffect(() => {
    latest.current = { onSuccess, resetOnSuccess, defaultValues };
  });
  const savedAt = state.status === "success" ? state.savedAt : undefined;
  useEffect(() => {
    if (savedAt === undefined) return;
    if (latest.current.resetOnSuccess) reset(latest.current.defaultValues);
    latest.current.onSuccess?.(state);
    // Only a new save triggers this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedAt, reset]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => {
      const data = new FormData(element);
      startTransition(() => formAction(data));
    })(event);
  };

  const errorOf = (name: string): string | undefined => {
    const own = (get(form.formState.errors, name) as { message?: unknown } | undefined)?.message;
    if (typeof own === "string" && own) return own;
    // Before hydration the server's answer is all there is.
    return hydrated || state.status !== "error" ? undefined : state.fieldErrors?.[name];
  };

  const formError = formErrorKeyOf(state);

  return { form, state, formAction, onSubmit, pending, errorOf, formError };
}
