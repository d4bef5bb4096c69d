"use client";

import { useActionState } from "react";
import { ActionButton, HiddenFields, SubmitButton, translateKey, type FormServerAction } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/action-state";
import type { Messages } from "@/lib/i18n/get-messages";

type Texts = Pick<Messages, "users" | "roles" | "forms">;
type User = { id: string; name: string; role: "PARTNER" | "STAFF" | "ADMIN"; disabled: boolean };

const ROLES = ["PARTNER", "STAFF", "ADMIN"] as const;

/** The refusals an administrator can meet: their own account, a user gone, a mangled form. */
function refusalText(t: Texts) {
  const own = { forbidden: t.users.cannotChangeSelf, notFound: t.users.notFound, formHasErrors: t.users.notFound };
  return (key: string | undefined) => translateKey(key, own, t.forms);
}

/** A user's role: a select and its save button (none for one's own row). */
export function UserRoleForm({ user, isSelf, action, t }: { user: User; isSelf: boolean; action: FormServerAction; t: Texts }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const error = refusalText(t)(state.status === "error" ? state.message : undefined);
  const selectId = `role-${user.id}`;
  return (
    <form action={formAction}>
      <div className="flex flex-wrap items-center gap-2">
        <HiddenFields values={{ userId: user.id }} />
        <label className="sr-only" htmlFor={selectId}>{t.users.changeRole}: {user.name}</label>
        <select id={selectId} name="role" defaultValue={user.role} disabled={isSelf} className="min-h-11 rounded-md border-2 border-muted bg-white px-2" aria-describedby={error ? `${selectId}-error` : undefined}>
          {ROLES.map((role) => <option key={role} value={role}>{t.roles[role]}</option>)}
        </select>
        {isSelf ? null : <SubmitButton variant="quiet" pending={pending}>{t.users.save}</SubmitButton>}
      </div>
      {error ? <p id={`${selectId}-error`} role="alert" className="mt-1 text-danger">{error}</p> : null}
    </form>
  );
}

/** Disable or enable a user's account in one click. */
export function UserDisabledButton({ user, action, t }: { user: User; action: FormServerAction; t: Texts }) {
  const label = user.disabled ? t.users.enable : t.users.disable;
  return (
    <ActionButton
      action={action}
      fields={{ userId: user.id, disabled: user.disabled ? "false" : "true" }}
      label={label}
      accessibleLabel={`${label}: ${user.name}`}
      variant={user.disabled ? "secondary" : "danger"}
      errorText={refusalText(t)}
    />
  );
}
