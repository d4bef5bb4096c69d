import { Badge } from "@/components/ui/badge";
import { ActionButton } from "@/components/ui/form";
import { formatDate } from "@/components/ui/format-date";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { deleteChecklistItemAction } from "@/lib/actions/partnerships/delete-checklist-item";
import { setChecklistItemDoneAction } from "@/lib/actions/partnerships/set-checklist-item-done";
import { updateChecklistItemAction } from "@/lib/actions/partnerships/update-checklist-item";
import type { ChecklistItemView } from "@/lib/partnerships/checklist/get-partnership-checklist";
import type { PartnershipPerson } from "@/lib/partnerships/checklist/partnership-people";
import { ChecklistItemEditForm } from "./checklist-item-edit-form";

type Props = { item: ChecklistItemView; partnershipId: string; people: PartnershipPerson[]; canEdit: boolean; t: Messages; locale: Locale };

const dayOf = (value: string) => new Date(`${value}T12:00:00Z`);

/** One item: its state in words (never colour alone), who, when, and what the viewer can do with it. */
export function ChecklistItemRow({ item, partnershipId, people, canEdit, t, locale }: Props) {
  const c = t.checklist;
  const done = item.doneAt !== null;
  const catalogues = [c.errors, t.partnership.formErrors, t.forms];
  return (
    <li className={`rounded-lg border-2 bg-white p-4 ${item.overdue ? "border-danger" : "border-line"}`}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2">
            <span aria-hidden="true" className={`inline-flex size-6 shrink-0 items-center justify-center rounded border-2 font-bold ${done ? "border-success bg-success text-white" : "border-muted"}`}>
              {done ? "✓" : ""}
            </span>
            <span className="sr-only">{done ? c.statusDone : c.statusTodo}:</span>
            <span className={`font-semibold ${done ? "text-muted line-through" : ""}`}>{item.text}</span>
            {item.custom ? <span className="text-sm text-muted">({c.custom})</span> : null}
            {item.overdue ? <Badge tone="danger">⚠ {c.overdue}</Badge> : null}
          </p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            <li>{item.assignee ? format(c.assignedTo, { name: item.assignee.name }) : c.unassigned}</li>
            {item.dueDate ? (
              <li className={item.overdue ? "font-semibold text-danger" : undefined}>
                {format(item.overdue ? c.overdueDetail : c.due, { date: formatDate(dayOf(item.dueDate), locale) })}
              </li>
            ) : null}
            {item.doneAt ? (
              <li>{item.doneByName ? format(c.doneBy, { date: formatDate(item.doneAt, locale), name: item.doneByName }) : format(c.doneOn, { date: formatDate(item.doneAt, locale) })}</li>
            ) : null}
          </ul>
        </div>
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <ActionButton
              action={setChecklistItemDoneAction}
              fields={{ partnershipId, itemId: item.id, done: done ? "false" : "true" }}
              label={done ? c.markTodo : c.markDone}
              accessibleLabel={format(done ? c.markTodoLabel : c.markDoneLabel, { text: item.text })}
              variant={done ? "quiet" : "secondary"}
              catalogues={catalogues}
            />
            {item.custom ? (
              <ActionButton
                action={deleteChecklistItemAction}
                fields={{ partnershipId, itemId: item.id }}
                label={t.partnership.remove}
                accessibleLabel={format(c.deleteLabel, { text: item.text })}
                variant="danger"
                catalogues={catalogues}
              />
            ) : null}
          </div>
        ) : null}
      </div>
      {canEdit ? (
        <details className="mt-2">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary" aria-label={format(c.editLabel, { text: item.text })}>
            {c.editSummary}
          </summary>
          <ChecklistItemEditForm
            partnershipId={partnershipId}
            item={{ id: item.id, assigneeId: item.assignee?.id ?? null, dueDate: item.dueDate }}
            people={people}
            action={updateChecklistItemAction}
            t={c}
            shared={t.partnership}
            forms={t.forms}
          />
        </details>
      ) : null}
    </li>
  );
}
