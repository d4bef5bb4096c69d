import { DEMO_PARTNERSHIP_TITLE } from "../demo-partnerships-open";
import { pastPhaseChanges, phaseNumber, type SeededPartnership, type WorkSeedContext } from "./seed-context";

const DAY = 24 * 60 * 60 * 1000;

type IndicatorSeed = { name: string; unit: string; baseline: number; target: number | null; direction: "INCREASE" | "DECREASE" };

/** Indicators that fit particular partnerships' common goals. */
const FITTING: Record<string, IndicatorSeed[]> = {
  "Finestre nuove, bollette leggere": [
    { name: "Consumo annuo di gas del centro anziani", unit: "m³", baseline: 18000, target: 13500, direction: "DECREASE" },
  ],
  "Ticino pulito": [{ name: "Rifiuti rimossi lungo il Ticino", unit: "t", baseline: 0, target: 15, direction: "INCREASE" }],
  "Vendemmia solidale": [
    { name: "Volontari coinvolti nella vendemmia", unit: "persone", baseline: 0, target: 40, direction: "INCREASE" },
    { name: "Assunzioni stagionali", unit: "persone", baseline: 0, target: 3, direction: "INCREASE" },
  ],
  "Borse che ricominciano": [{ name: "Borse prodotte", unit: "borse", baseline: 0, target: 1000, direction: "INCREASE" }],
  "Caldaie sicure per chi vive solo": [{ name: "Caldaie controllate", unit: "caldaie", baseline: 0, target: 100, direction: "INCREASE" }],
  "Riso per le mense solidali": [{ name: "Riso consegnato alle mense", unit: "t", baseline: 0, target: 8, direction: "INCREASE" }],
  "Sportello SPID per gli anziani": [{ name: "Anziani con SPID attivato", unit: "persone", baseline: 0, target: 250, direction: "INCREASE" }],
  "Scarpe da gioco per tutti": [{ name: "Paia di scarpe donate", unit: "paia", baseline: 0, target: 150, direction: "INCREASE" }],
  "Emporio sempre pieno": [{ name: "Prodotti donati all'emporio", unit: "t", baseline: 0, target: 12, direction: "INCREASE" }],
  "Computer rigenerati per studiare": [{ name: "Computer consegnati", unit: "computer", baseline: 0, target: 60, direction: "INCREASE" }],
  "Un orto sensoriale al centro diurno": [{ name: "Superficie di orto accessibile", unit: "m²", baseline: 0, target: 200, direction: "INCREASE" }],
  "Borse di studio in musica": [{ name: "Borse di studio assegnate", unit: "borse", baseline: 0, target: 10, direction: "INCREASE" }],
};

/** For the others: something every partnership can measure. */
const GENERIC: IndicatorSeed[] = [
  { name: "Persone raggiunte dal progetto", unit: "persone", baseline: 0, target: 120, direction: "INCREASE" },
  { name: "Ore di volontariato d'impresa", unit: "ore", baseline: 0, target: 300, direction: "INCREASE" },
  { name: "Famiglie in lista d'attesa", unit: "famiglie", baseline: 45, target: 15, direction: "DECREASE" },
];

const COMMENTS = [
  "Ci sentiamo spesso e le decisioni si prendono insieme.",
  "All'inizio i tempi erano stretti, ora va meglio.",
  "Ottima collaborazione con i referenti.",
  null,
  "Serve un incontro per chiarire chi fa cosa.",
  null,
];

/** The value of the k-th of n measurements: from the baseline towards (a share of) the target. */
function measuredValue(indicator: IndicatorSeed, k: number, n: number, reach: number): number {
  const target = indicator.target ?? indicator.baseline;
  const value = indicator.baseline + ((target - indicator.baseline) * reach * (k + 1)) / n;
  return Math.round(value * 100) / 100;
}

/**
 * Demo monitoring, consistent with each partnership's phase: indicators with targets and
 * measurements from communication (phase 5) on — so every partnership in monitoring or
 * completed passes the gate —, a couple of proposed indicators in phases 2–4, an answered
 * check-in per side for every phase entered (one left unanswered on some open
 * partnerships, for the reminders), and final evaluations: both sides for every completed
 * partnership, one side only on one partnership in monitoring. The journey partnership
 * stays empty.
 */
export async function seedMonitoring({ tx, now, partnerships, membersOf }: WorkSeedContext): Promise<void> {
  const eligible = partnerships.filter((p) => p.title !== DEMO_PARTNERSHIP_TITLE && p.phase !== "DISCONTINUED");
  let proposed = 0;
  let oneSidedEvaluation = false;
  for (const [index, partnership] of eligible.entries()) {
    const number = phaseNumber(partnership.phase);
    const company = membersOf(partnership.companyId)[0] ?? null;
    const nonprofit = membersOf(partnership.nonprofitId)[0] ?? null;

    if (number >= 5) {
      const indicators = FITTING[partnership.title] ?? [GENERIC[index % GENERIC.length]!];
      await seedIndicators(tx, partnership, indicators, { now, index, completed: number === 7, recorder: nonprofit ?? company });
    } else if (number >= 2 && proposed < 3 && index % 2 === 0) {
      // Negotiation proposes what to measure: not measured yet, one still without a target.
      proposed += 1;
      const template = GENERIC[proposed % GENERIC.length]!;
      await tx.indicator.create({
        data: { partnershipId: partnership.id, name: template.name, unit: template.unit, baseline: template.baseline, target: proposed === 2 ? null : template.target, direction: template.direction, createdAt: partnership.phaseEnteredAt },
      });
    }

    await seedCheckIns(tx, partnership, { index, company, nonprofit, leaveOneOpen: number >= 2 && number <= 6 && index % 4 === 1 && !NAMED_E2E.has(partnership.title) });

    if (number === 7) {
      const submittedAt = new Date(partnership.phaseEnteredAt.getTime() - 10 * DAY);
      await seedEvaluation(tx, partnership, "COMPANY", company, index, submittedAt);
      await seedEvaluation(tx, partnership, "NONPROFIT", nonprofit, index + 1, submittedAt);
    } else if (number === 6 && !oneSidedEvaluation && !NAMED_E2E.has(partnership.title)) {
      oneSidedEvaluation = true;
      await seedEvaluation(tx, partnership, "COMPANY", company, index, new Date(now.getTime() - 3 * DAY));
    }
  }
}

/** Partnerships the end-to-end tests use: no unanswered check-in or half-done evaluation in their way. */
const NAMED_E2E = new Set(["Pane di ieri, pasti di oggi", "Riso solidale della Lomellina", "Meno plastica lungo il Ticino", "Finestre nuove, bollette leggere"]);

type Tx = WorkSeedContext["tx"];

async function seedIndicators(
  tx: Tx,
  partnership: SeededPartnership,
  indicators: IndicatorSeed[],
  { now, index, completed, recorder }: { now: Date; index: number; completed: boolean; recorder: string | null },
) {
  // Measurements run monthly up to the end (completed) or up to a few days ago (open).
  const end = completed ? partnership.phaseEnteredAt.getTime() - 7 * DAY : now.getTime() - 5 * DAY;
  const count = completed ? 6 : 3 + (index % 3);
  const reach = completed ? 1 : 0.45 + (index % 4) * 0.12;
  for (const indicator of indicators) {
    const created = await tx.indicator.create({
      data: { partnershipId: partnership.id, ...indicator, createdAt: partnership.startedAt },
      select: { id: true },
    });
    await tx.measurement.createMany({
      data: Array.from({ length: count }, (_, k) => ({
        indicatorId: created.id,
        value: measuredValue(indicator, k, count, reach),
        measuredOn: new Date(Math.floor((end - (count - 1 - k) * 30 * DAY) / DAY) * DAY),
        note: k === count - 1 ? (completed ? "Misurazione finale" : "Ultimo dato disponibile") : null,
        recordedById: recorder,
      })),
    });
  }
}

async function seedCheckIns(
  tx: Tx,
  partnership: SeededPartnership,
  { index, company, nonprofit, leaveOneOpen }: { index: number; company: string | null; nonprofit: string | null; leaveOneOpen: boolean },
) {
  // One check-in per side at each phase change the partnership went through, as the board
  // asks them: none on entering COMPLETED or DISCONTINUED (the final evaluation covers it).
  const changes = pastPhaseChanges(partnership).filter((change) => change.to !== "COMPLETED" && change.to !== "DISCONTINUED");
  for (const [step, { to: phase, at: requestedAt }] of changes.entries()) {
    const current = step === changes.length - 1;
    for (const [sideIndex, side] of (["COMPANY", "NONPROFIT"] as const).entries()) {
      const open = current && leaveOneOpen && side === "NONPROFIT";
      const seed = index + step * 3 + sideIndex;
      await tx.checkIn.create({
        data: {
          partnershipId: partnership.id,
          phase,
          side,
          requestedAt,
          ...(open
            ? {}
            : {
                rating: 3 + (seed % 3),
                comment: COMMENTS[seed % COMMENTS.length] ?? null,
                answeredAt: new Date(requestedAt.getTime() + (1 + (seed % 4)) * DAY),
                answeredById: side === "COMPANY" ? company : nonprofit,
              }),
        },
      });
    }
  }
}

async function seedEvaluation(tx: Tx, partnership: SeededPartnership, side: "COMPANY" | "NONPROFIT", submittedById: string | null, seed: number, submittedAt: Date) {
  await tx.finalEvaluation.create({
    data: {
      partnershipId: partnership.id,
      side,
      goalAchievement: 3 + (seed % 3),
      relationship: 4 + (seed % 2),
      csvSupport: 3 + ((seed + 1) % 3),
      wouldRenew: seed % 5 !== 0,
      results:
        side === "COMPANY"
          ? "Abbiamo raggiunto l'obiettivo comune nei tempi previsti e coinvolto i colleghi come volontari."
          : "Le persone che seguiamo hanno avuto un beneficio concreto e misurato; abbiamo nuovi volontari.",
      lessons:
        side === "COMPANY"
          ? "Fissare fin dall'inizio un calendario condiviso delle attività e dei momenti di verifica."
          : "Raccogliere i dati per gli indicatori ogni mese, non solo alla fine.",
      submittedById,
      submittedAt,
    },
  });
}
