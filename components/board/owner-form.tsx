"use client";

import { useActionState, useId } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { IDLE_BOARD_FORM } from "@/lib/partnerships/board/board-form-state";
import { LazyDetails } from "./lazy-details";
import type { BoardCard, BoardFormAction } from "./types";

type Props = { card: BoardCard; staff: { id: string; name: string }[]; t: Messages["board"]; action: BoardFormAction };

/** Sets or clears a partnership's CSV contact, from the card's menu (rendered once the menu opens). */
export function OwnerForm(props: Props) {
  return (
    <LazyDetails className="open:basis-full" summaryClassName="min-h-11 cursor-pointer py-2 text-sm font-semibold text-primary" summary={props.t.ownerMenu}>
      <OwnerFormBody {...props} />
    </LazyDetails>
  );
}

function OwnerFormBody({ card, staff, t, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_BOARD_FORM);
  const id = useId();
  const error = state.status === "error" ? t[state.message] : null;
  return (
    <>
      <form action={formAction} className="mt-1 flex flex-col items-start gap-2">
        <input type="hidden" name="partnershipId" value={card.id} />
        <div className="flex w-full min-w-0 flex-col">
          <label htmlFor={`${id}-owner`} className="text-sm">
            {format(t.ownerLabel, { title: card.title })}
          </label>
          <select
            id={`${id}-owner`}
            name="staffOwnerId"
            defaultValue={card.ownerId ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="min-h-11 w-full rounded-md border-2 border-muted bg-white px-2"
          >
            <option value="">{t.ownerNone}</option>
            {staff.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        {error ? (
          <p id={`${id}-error`} className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <button type="submit" className={buttonStyles.secondary} disabled={pending}>
          {t.ownerSave}
        </button>
        <p role="status" className="text-sm">
          {state.status === "ok" ? t.ownerSaved : null}
        </p>
      </form>
    </>
  );
}
