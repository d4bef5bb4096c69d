import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { CHECKLIST_TEMPLATES } from "../checklist-templates";
import { OPEN_PHASES } from "../phases";
import { dateToDay } from "@/lib/dates/rome-calendar";
import { isOverdue } from "./checklist-dates";
import { listPartnershipPeople, type PartnershipPerson } from "./partnership-people";

export type ChecklistItemView = {
  id: string;
  phase: PartnershipPhase;
  text: string;
  /** Custom items (added by a person) can be deleted; template items cannot. */
  custom: boolean;
  assignee: { id: string; name: string } | null;
  /** "YYYY-MM-DD" or null. */
  dueDate: string | null;
  doneAt: Date | null;
  doneByName: string | null;
  overdue: boolean;
};

export type PartnershipChecklist = {
  /** The open phase the partnership is in; null once it is closed. */
  currentPhase: PartnershipPhase | null;
  current: ChecklistItemView[];
  /** Earlier phases' items (every phase's, once the partnership is closed), in phase order. */
  earlier: { phase: PartnershipPhase; items: ChecklistItemView[] }[];
  people: PartnershipPerson[];
  canEdit: boolean;
};

function templateText(phase: PartnershipPhase, key: string, locale: Locale): string {
  if (phase === "COMPLETED" || phase === "DISCONTINUED") return key;
  return CHECKLIST_TEMPLATES[phase].find((item) => item.key === key)?.[locale] ?? key;
}

/**
 * The checklist tab: the current phase's items (its template was materialised when the
 * partnership entered the phase: a read never writes)
 * and the earlier phases' ones, with the people items can be assigned to.
 */
export async function getPartnershipChecklist(
  db: Database,
  viewer: PartnershipViewer,
  input: { partnershipId: string; locale: Locale },
  now = new Date(),
): Promise<PartnershipChecklist> {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  const rows = await db.checklistItem.findMany({
    where: { partnershipId: access.partnershipId },
    select: {
      id: true,
      phase: true,
      templateKey: true,
      text: true,
      dueDate: true,
      doneAt: true,
      doneById: true,
      assignee: { select: { id: true, name: true } },
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const people = await listPartnershipPeople(db, access);
  const doneByIds = [...new Set(rows.flatMap((row) => (row.doneById ? [row.doneById] : [])))];
  const doneBy = new Map(
    (await db.user.findMany({ where: { id: { in: doneByIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]),
  );
  const items = rows.map(
    (row): ChecklistItemView => ({
      id: row.id,
      phase: row.phase,
      text: row.templateKey ? templateText(row.phase, row.templateKey, input.locale) : (row.text ?? ""),
      custom: row.templateKey === null,
      assignee: row.assignee,
      dueDate: row.dueDate ? dateToDay(row.dueDate) : null,
      doneAt: row.doneAt,
      doneByName: row.doneById ? (doneBy.get(row.doneById) ?? null) : null,
      overdue: isOverdue(row, now),
    }),
  );
  const currentNumber = OPEN_PHASES.find((entry) => entry.phase === access.phase)?.number ?? Number.POSITIVE_INFINITY;
  const earlier = OPEN_PHASES.filter((entry) => entry.number < currentNumber)
    .map((entry) => ({ phase: entry.phase as PartnershipPhase, items: items.filter((item) => item.phase === entry.phase) }))
    .filter((group) => group.items.length > 0);
  return {
    currentPhase: access.closed ? null : access.phase,
    current: access.closed ? [] : items.filter((item) => item.phase === access.phase),
    earlier,
    people,
    canEdit: !access.closed,
  };
}
