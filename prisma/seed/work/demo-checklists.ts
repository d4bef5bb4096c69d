import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { CHECKLIST_TEMPLATES } from "@/lib/partnerships/checklist-templates";
import { OPEN_PHASES } from "@/lib/partnerships/phases";
import { DEMO_PARTNERSHIP_TITLE } from "../demo-partnerships-open";
import { phaseNumber, type WorkSeedContext } from "./seed-context";

const DAY = 24 * 60 * 60 * 1000;

/** A calendar date (stored @db.Date) `days` from now. */
function dayFrom(now: Date, days: number): Date {
  const at = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

// What partners typically add of their own to the phase they are in.
const CUSTOM_ITEMS: Partial<Record<PartnershipPhase, string>> = {
  PLANNING: "Fissare il primo incontro con i referenti",
  NEGOTIATION: "Stimare il valore delle ore di volontariato",
  AGREEMENT: "Far rileggere l'accordo al consiglio direttivo",
  MANAGEMENT: "Preparare il calendario condiviso delle attività",
  COMMUNICATION: "Raccogliere le foto delle attività con le liberatorie",
  MONITORING: "Preparare l'incontro di restituzione con i volontari",
};

/**
 * Every partnership's checklists up to where it stands: earlier phases mostly ticked, the
 * current one half done, some items assigned with due dates — and on some partnerships of
 * phases 2–5 an item past its due date, so the board's overdue flag has examples. The
 * journey partnership gets only its phase-1 template, untouched.
 */
export async function seedChecklists({ tx, now, partnerships, membersOf }: WorkSeedContext): Promise<void> {
  const rows: Prisma.ChecklistItemCreateManyInput[] = [];
  partnerships.forEach((partnership, index) => {
    if (partnership.title === DEMO_PARTNERSHIP_TITLE) {
      CHECKLIST_TEMPLATES.PLANNING.forEach((item, position) => rows.push({ partnershipId: partnership.id, phase: "PLANNING", templateKey: item.key, position }));
      return;
    }
    const current = phaseNumber(partnership.phase);
    // A discontinued partnership stopped early: it has its planning list, mostly done.
    const reached = current === 0 ? 1 : Math.min(current, 6);
    const companyMember = membersOf(partnership.companyId)[0] ?? null;
    const nonprofitMember = membersOf(partnership.nonprofitId)[0] ?? null;
    const people = [companyMember, nonprofitMember];
    const span = Math.max(partnership.phaseEnteredAt.getTime() - partnership.startedAt.getTime(), DAY);
    const withOverdue = current >= 2 && current <= 5 && index % 3 === 0;

    for (const { phase, number } of OPEN_PHASES) {
      if (number > reached) break;
      const isCurrent = number === current;
      const template = CHECKLIST_TEMPLATES[phase];
      template.forEach((item, position) => {
        const person = people[(index + position) % 2] ?? null;
        let done: boolean;
        if (!isCurrent) done = (index + position) % 7 !== 3; // earlier phases: nearly everything ticked
        else done = position < Math.floor(template.length / 2);
        const doneAt = done
          ? new Date(isCurrent ? partnership.phaseEnteredAt.getTime() + DAY * (position + 1) : partnership.startedAt.getTime() + (span * (number - 0.5)) / Math.max(reached, 1))
          : null;
        const overdue = isCurrent && !done && withOverdue && position === template.length - 1;
        const assigned = overdue || (isCurrent && !done) || position % 2 === 0;
        rows.push({
          partnershipId: partnership.id,
          phase,
          templateKey: item.key,
          position,
          assigneeId: assigned ? person : null,
          dueDate: overdue ? dayFrom(now, -4 - (index % 5)) : isCurrent && !done ? dayFrom(now, 10 + position * 7) : null,
          doneAt: doneAt && doneAt > now ? now : doneAt,
          doneById: done ? person : null,
        });
      });
      const custom = CUSTOM_ITEMS[phase];
      if (isCurrent && custom && index % 2 === 0) {
        const overdue = withOverdue && index % 2 === 0;
        rows.push({
          partnershipId: partnership.id,
          phase,
          text: custom,
          position: 100,
          assigneeId: nonprofitMember,
          createdById: companyMember,
          dueDate: overdue ? dayFrom(now, -2) : dayFrom(now, 21),
        });
      }
    }
  });
  await tx.checklistItem.createMany({ data: rows });
}
