import { isTargetReached } from "@/lib/partnerships/monitoring/progress-toward-target";
import { isStaffRole, type StaffActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { ContributionKind, OrganizationKind, OrganizationStatus, PartnershipPhase } from "@/lib/generated/prisma/enums";
import { CAUSE_CODES, type CauseCode } from "@/lib/profiles/vocabulary";
import { ALL_PHASES } from "@/lib/partnerships/phases";
import { averageDaysInPhase, type PhaseAverage } from "./average-days-in-phase";

export const CONTRIBUTION_KINDS = ["MONEY", "VOLUNTEER_HOURS", "SKILLS", "GOODS", "SPACES", "SERVICES", "OTHER"] as const satisfies readonly ContributionKind[];

export type ContributionTotals = {
  /** How many contributions, all kinds. */
  count: number;
  /** Money given or promised (MONEY contributions), in euro cents. */
  moneyCents: number;
  /** The value in euro cents of every contribution that has one (money, goods, services...). */
  valueCents: number;
  /** Volunteer hours (delivered contributions only: a plan promises no hours figure). */
  hours: number;
  /** How many contributions of goods. */
  goods: number;
  byKind: Record<ContributionKind, number>;
};

export type WaitingOrganization = {
  id: string;
  name: string;
  kind: OrganizationKind;
  status: Extract<OrganizationStatus, "PENDING" | "CHANGES_REQUESTED">;
  /** Submitted the questionnaire (PENDING) or was asked for changes (CHANGES_REQUESTED); null if never submitted. */
  since: Date | null;
};

export type WaitingInterest = {
  id: string;
  /** The organisation that proposed (for an introduction, CSV staff did: `introduced`). */
  from: { id: string; name: string };
  to: { id: string; name: string };
  introduced: boolean;
  /** The organisations whose answer is still missing. */
  awaiting: { id: string; name: string }[];
  since: Date;
  expiresAt: Date;
};

export type Dashboard = {
  generatedAt: Date;
  phases: { phase: PartnershipPhase; count: number }[];
  totalPartnerships: number;
  averageDays: PhaseAverage[];
  /** Causes of the nonprofits in open and completed partnerships: partnerships per cause, most served first. */
  causes: { code: CauseCode; partnerships: number }[];
  /** Partnerships counted for the causes whose nonprofit has no cause on its profile. */
  partnershipsWithoutCause: number;
  contributions: { delivered: ContributionTotals; planned: ContributionTotals };
  indicators: { total: number; withTarget: number; reached: number };
  approvals: WaitingOrganization[];
  interests: WaitingInterest[];
};

/** The programme at a glance, for CSV staff: where partnerships are and what they achieved. */
export async function getDashboard(db: Database, actor: StaffActor, now: Date = new Date()): Promise<Dashboard> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see the dashboard.");

  const [partnerships, moves, delivered, planned, indicators, organizations, interests] = await Promise.all([
    db.partnership.findMany({
      select: {
        id: true,
        phase: true,
        startedAt: true,
        phaseEnteredAt: true,
        nonprofit: { select: { profile: { select: { data: true } } } },
      },
    }),
    db.auditLog.findMany({
      where: { action: { in: ["partnership.move", "partnership.moveUndone"] }, targetType: "Partnership" },
      select: { id: true, action: true, targetId: true, before: true, after: true, createdAt: true },
    }),
    db.deliveredContribution.groupBy({ by: ["kind"], _count: { _all: true }, _sum: { valueCents: true, hours: true } }),
    db.plannedContribution.groupBy({ by: ["kind"], _count: { _all: true }, _sum: { valueCents: true } }),
    db.indicator.findMany({
      select: {
        direction: true,
        target: true,
        measurements: { orderBy: [{ measuredOn: "desc" }, { createdAt: "desc" }], take: 1, select: { value: true } },
      },
    }),
    db.organization.findMany({
      where: { status: { in: ["PENDING", "CHANGES_REQUESTED"] } },
      select: { id: true, name: true, kind: true, status: true, reviewedAt: true, profile: { select: { submittedAt: true } } },
    }),
    db.interest.findMany({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        expiresAt: true,
        introducedById: true,
        fromAcceptedAt: true,
        toAcceptedAt: true,
        from: { select: { id: true, name: true } },
        to: { select: { id: true, name: true } },
      },
    }),
  ]);

  const phases = ALL_PHASES.map((phase) => ({ phase, count: partnerships.filter((row) => row.phase === phase).length }));

  const movesOf = new Map<string, { from: PartnershipPhase; to: PartnershipPhase; at: Date }[]>();
  // An undone move did not happen: neither it nor its undo cuts a stint (the undo restored
  // phaseEnteredAt, so the current stint runs from before the move).
  const undone = new Set(moves.filter((row) => row.action === "partnership.moveUndone").map((row) => moveIdOf(row.after)));
  for (const move of moves) {
    if (move.action !== "partnership.move" || undone.has(move.id)) continue;
    const from = phaseOf(move.before);
    const to = phaseOf(move.after);
    if (!from || !to) continue;
    movesOf.set(move.targetId, [...(movesOf.get(move.targetId) ?? []), { from, to, at: move.createdAt }]);
  }
  const averageDays = averageDaysInPhase(
    partnerships.map((row) => ({ ...row, moves: movesOf.get(row.id) ?? [] })),
    now,
  );

  const causeCounts = new Map<CauseCode, number>();
  let partnershipsWithoutCause = 0;
  for (const row of partnerships) {
    if (row.phase === "DISCONTINUED") continue;
    const causes = causesOf(row.nonprofit.profile?.data);
    if (causes.length === 0) partnershipsWithoutCause += 1;
    for (const code of causes) causeCounts.set(code, (causeCounts.get(code) ?? 0) + 1);
  }
  const causes = [...causeCounts]
    .map(([code, count]) => ({ code, partnerships: count }))
    .sort((a, b) => b.partnerships - a.partnerships || a.code.localeCompare(b.code));

  const withTarget = indicators.filter((indicator) => indicator.target !== null);
  const reached = withTarget.filter((indicator) =>
    isTargetReached({
      direction: indicator.direction,
      target: indicator.target?.toString() ?? null,
      latest: indicator.measurements[0]?.value.toString() ?? null,
    }),
  );

  const approvals: WaitingOrganization[] = organizations
    .map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      status: row.status as WaitingOrganization["status"],
      since: row.status === "CHANGES_REQUESTED" ? row.reviewedAt : (row.profile?.submittedAt ?? null),
    }))
    // Waiting longest first; never submitted (nothing to decide yet) last.
    .sort((a, b) => (a.since?.getTime() ?? Infinity) - (b.since?.getTime() ?? Infinity) || a.name.localeCompare(b.name, "it"));

  return {
    generatedAt: now,
    phases,
    totalPartnerships: partnerships.length,
    averageDays,
    causes,
    partnershipsWithoutCause,
    contributions: {
      delivered: totalsOf(delivered.map((group) => ({ kind: group.kind, count: group._count._all, valueCents: group._sum.valueCents, hours: group._sum.hours?.toString() ?? null }))),
      planned: totalsOf(planned.map((group) => ({ kind: group.kind, count: group._count._all, valueCents: group._sum.valueCents, hours: null }))),
    },
    indicators: { total: indicators.length, withTarget: withTarget.length, reached: reached.length },
    approvals,
    interests: interests.map((row) => ({
      id: row.id,
      from: row.from,
      to: row.to,
      introduced: row.introducedById !== null,
      awaiting: [...(row.fromAcceptedAt === null ? [row.from] : []), ...(row.toAcceptedAt === null ? [row.to] : [])],
      since: row.createdAt,
      expiresAt: row.expiresAt,
    })),
  };
}

function phaseOf(json: unknown): PartnershipPhase | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const phase = (json as { phase?: unknown }).phase;
  return typeof phase === "string" && (ALL_PHASES as readonly string[]).includes(phase) ? (phase as PartnershipPhase) : null;
}

/** The cause codes of a stored profile; anything that is not a known code is ignored. */
function causesOf(data: unknown): CauseCode[] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return [];
  const causes = (data as { causes?: unknown }).causes;
  if (!Array.isArray(causes)) return [];
  return [...new Set(causes.filter((code): code is CauseCode => (CAUSE_CODES as readonly unknown[]).includes(code)))];
}

function totalsOf(groups: { kind: ContributionKind; count: number; valueCents: number | null; hours: string | null }[]): ContributionTotals {
  const byKind = Object.fromEntries(CONTRIBUTION_KINDS.map((kind) => [kind, 0])) as Record<ContributionKind, number>;
  const totals: ContributionTotals = { count: 0, moneyCents: 0, valueCents: 0, hours: 0, goods: 0, byKind };
  for (const group of groups) {
    byKind[group.kind] = group.count;
    totals.count += group.count;
    totals.valueCents += group.valueCents ?? 0;
    if (group.kind === "MONEY") totals.moneyCents += group.valueCents ?? 0;
    if (group.kind === "GOODS") totals.goods += group.count;
    // Hours are Decimal(10, 2) in the database: their sum is exact; two decimals suffice here.
    if (group.hours !== null) totals.hours += Number(group.hours);
  }
  totals.hours = Math.round(totals.hours * 100) / 100;
  return totals;
}

function moveIdOf(after: unknown): string | null {
  if (!after || typeof after !== "object" || Array.isArray(after)) return null;
  const moveId = (after as Record<string, unknown>).moveId;
  return typeof moveId === "string" ? moveId : null;
}
