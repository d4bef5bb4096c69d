import { EmptyState } from "@/components/ui/empty-state";
import { addChecklistItemAction } from "@/lib/actions/partnerships/add-checklist-item";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getPartnershipChecklist, type ChecklistItemView } from "@/lib/partnerships/checklist/get-partnership-checklist";
import type { SectionProps } from "../section-props";
import { ChecklistAddForm } from "./checklist-add-form";
import { ChecklistItemRow } from "./checklist-item-row";

const countDone = (items: ChecklistItemView[]) => items.filter((item) => item.doneAt !== null).length;

/** The overview's checklist: the current phase's items to do, and the earlier phases' folded away. */
export async function ChecklistSection({ access, locale, t }: SectionProps) {
  const c = t.checklist;
  const checklist = await getPartnershipChecklist(db, access.viewer, { partnershipId: access.partnershipId, locale });
  const earlierCount = checklist.earlier.reduce((sum, group) => sum + group.items.length, 0);
  const rowProps = { partnershipId: access.partnershipId, people: checklist.people, canEdit: checklist.canEdit, t, locale };
  return (
    <section aria-labelledby="checklist-title" className="space-y-4">
      <div>
        <h2 id="checklist-title" className="text-2xl font-bold">{c.title}</h2>
        <p className="mt-1 max-w-3xl text-muted">
          {checklist.currentPhase ? format(c.lead, { phase: t.phases[checklist.currentPhase] }) : c.closedLead}
        </p>
      </div>
      {checklist.currentPhase ? (
        <>
          {checklist.current.length > 0 ? (
            <>
              <p className="font-semibold">{format(c.progress, { done: countDone(checklist.current), total: checklist.current.length })}</p>
              <ul aria-label={format(c.listLabel, { phase: t.phases[checklist.currentPhase] })} className="space-y-3">
                {checklist.current.map((item) => (
                  <ChecklistItemRow key={item.id} item={item} {...rowProps} />
                ))}
              </ul>
            </>
          ) : (
            <EmptyState>{c.empty}</EmptyState>
          )}
          {checklist.canEdit ? (
            <ChecklistAddForm partnershipId={access.partnershipId} people={checklist.people} action={addChecklistItemAction} t={c} shared={t.partnership} forms={t.forms} />
          ) : null}
        </>
      ) : null}
      {checklist.earlier.length > 0 ? (
        <details className="rounded-lg border border-line bg-white p-4" open={!checklist.currentPhase}>
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary">{format(c.earlierSummary, { count: earlierCount })}</summary>
          <div className="mt-3 space-y-6">
            {checklist.earlier.map((group) => (
              <div key={group.phase}>
                <h3 className="text-lg font-bold">{format(c.earlierPhase, { phase: t.phases[group.phase], done: countDone(group.items), total: group.items.length })}</h3>
                <ul className="mt-2 space-y-3">
                  {group.items.map((item) => (
                    <ChecklistItemRow key={item.id} item={item} {...rowProps} />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </details>
      ) : null}
    </section>
  );
}
