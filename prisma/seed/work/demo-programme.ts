import type { Prisma } from "@/lib/generated/prisma/client";
import { phaseNumber, type SeededPartnership, type WorkSeedContext } from "./seed-context";

// The programme of every partnership that reached phase 4 (management) or later: a plan of
// activities and milestones from the kick-off to the closing, ticked as far as the
// partnership got, and a log of what each side delivered. Deterministic: the same demo
// every time, only shifted to `now`.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar day (UTC midnight, as @db.Date stores it) `days` after `from`. */
function dayAfter(from: Date, days: number): Date {
  const date = new Date(from.getTime() + days * DAY_MS);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * When the programme started: on entering phase 4 for a partnership still in it; for
 * later phases (whose phaseEnteredAt is later, or the end), 200 days before that.
 */
export function programmeStartOf(partnership: SeededPartnership): Date {
  if (partnership.phase === "MANAGEMENT") return partnership.phaseEnteredAt;
  const start = new Date(partnership.phaseEnteredAt.getTime() - 200 * DAY_MS);
  return start < partnership.startedAt ? partnership.startedAt : start;
}

type PlanStep = { kind: "ACTIVITY" | "MILESTONE"; title: string; description?: string; startDay?: number; dueDay: number; owner: "COMPANY" | "NONPROFIT" | null };

const PLAN: readonly PlanStep[] = [
  { kind: "MILESTONE", title: "Riunione di avvio con i referenti", description: "Presentazione delle squadre, del calendario e delle regole dell'accordo.", dueDay: 7, owner: null },
  { kind: "ACTIVITY", title: "Calendario condiviso delle attività", startDay: 7, dueDay: 21, owner: "NONPROFIT" },
  { kind: "ACTIVITY", title: "Primo intervento sul campo", description: "La prima giornata insieme, con i volontari dell'ente e i colleghi dell'impresa.", startDay: 30, dueDay: 45, owner: "COMPANY" },
  { kind: "MILESTONE", title: "Verifica di metà percorso", description: "Incontro con lo staff del CSV: che cosa funziona, che cosa cambiare.", dueDay: 90, owner: null },
  { kind: "ACTIVITY", title: "Raccolta di foto e testimonianze", startDay: 60, dueDay: 120, owner: "NONPROFIT" },
  { kind: "MILESTONE", title: "Chiusura del programma e bilancio dei risultati", dueDay: 180, owner: null },
];

/** What each side gives over the programme: amounts that add up to round totals. */
const DELIVERIES: readonly { side: "COMPANY" | "NONPROFIT"; kind: Prisma.DeliveredContributionCreateManyInput["kind"]; description: string; day: number; hours?: string; valueCents?: number }[] = [
  { side: "COMPANY", kind: "MONEY", description: "Prima tranche del contributo economico", day: 10, valueCents: 150_000 },
  { side: "COMPANY", kind: "VOLUNTEER_HOURS", description: "Dipendenti volontari alla prima giornata", day: 45, hours: "24.00" },
  { side: "COMPANY", kind: "GOODS", description: "Materiali e attrezzature per le attività", day: 40, valueCents: 42_050 },
  { side: "NONPROFIT", kind: "VOLUNTEER_HOURS", description: "Volontari dell'ente alla prima giornata", day: 45, hours: "31.50" },
  { side: "NONPROFIT", kind: "SKILLS", description: "Formazione iniziale dei dipendenti volontari", day: 35 },
  { side: "COMPANY", kind: "MONEY", description: "Seconda tranche del contributo economico", day: 100, valueCents: 150_000 },
  { side: "COMPANY", kind: "VOLUNTEER_HOURS", description: "Dipendenti volontari alle giornate successive", day: 110, hours: "16.50" },
  { side: "NONPROFIT", kind: "SPACES", description: "Sede dell'ente per gli incontri di verifica", day: 90 },
  { side: "NONPROFIT", kind: "VOLUNTEER_HOURS", description: "Volontari dell'ente alle giornate successive", day: 115, hours: "40.00" },
];

export async function seedProgramme({ tx, now, partnerships, membersOf }: WorkSeedContext): Promise<void> {
  const activities: Prisma.ActivityCreateManyInput[] = [];
  const deliveries: Prisma.DeliveredContributionCreateManyInput[] = [];
  for (const partnership of partnerships) {
    if (phaseNumber(partnership.phase) < 4) continue;
    const start = programmeStartOf(partnership);
    const completed = partnership.phase === "COMPLETED";
    const ownerOf = (side: PlanStep["owner"]) => (side === "COMPANY" ? membersOf(partnership.companyId)[0] : side === "NONPROFIT" ? membersOf(partnership.nonprofitId)[0] : undefined);
    PLAN.forEach((step, index) => {
      const dueOn = dayAfter(start, step.dueDay);
      // Done when the partnership has moved on (all but the closing in phase 5), or, still
      // in management, when due before now except the mid-term check: left open, so some
      // partnerships show an overdue milestone.
      const phase = phaseNumber(partnership.phase);
      const done = completed || phase >= 6 || (phase === 5 && step.dueDay <= 120) || (dueOn < now && step.dueDay < 90);
      activities.push({
        partnershipId: partnership.id,
        kind: step.kind,
        title: step.title,
        description: step.description ?? null,
        startsOn: step.startDay === undefined ? null : dayAfter(start, step.startDay),
        dueOn,
        ownerId: ownerOf(step.owner) ?? null,
        ownerSide: step.owner,
        doneAt: done ? new Date(Math.min(dueOn.getTime(), now.getTime())) : null,
        createdAt: new Date(start.getTime() + index * 1000),
      });
    });
    for (const [index, delivery] of DELIVERIES.entries()) {
      const deliveredOn = dayAfter(start, delivery.day);
      // Only what has already happened is in the log.
      if (deliveredOn > now || (completed && deliveredOn > partnership.phaseEnteredAt)) continue;
      deliveries.push({
        partnershipId: partnership.id,
        side: delivery.side,
        kind: delivery.kind,
        description: delivery.description,
        deliveredOn,
        hours: delivery.hours ?? null,
        valueCents: delivery.valueCents ?? null,
        createdById: membersOf(delivery.side === "COMPANY" ? partnership.companyId : partnership.nonprofitId)[0] ?? null,
        createdAt: new Date(deliveredOn.getTime() + 18 * 60 * 60 * 1000 + index * 1000),
      });
    }
  }
  await tx.activity.createMany({ data: activities });
  await tx.deliveredContribution.createMany({ data: deliveries });
}
