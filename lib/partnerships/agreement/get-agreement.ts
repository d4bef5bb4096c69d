import { dateToDay } from "@/lib/dates/rome-calendar";
import type { Database } from "@/lib/db/client";
import type { ContributionKind, IndicatorDirection, PartnershipPhase, PartySide } from "@/lib/generated/prisma/enums";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipAccess, PartnershipViewer } from "../access/partnership-viewer";
import type { AgreementContent } from "./agreement-schema";

export type AgreementParty = { id: string; name: string; comune: string };

export type AgreementAcceptanceView = {
  id: string;
  revision: number;
  side: PartySide;
  signerName: string;
  signerRole: string;
  ipAddress: string;
  acceptedAt: Date;
  cancelledAt: Date | null;
};

export type ContributionLine = { kind: ContributionKind; description: string; valueCents: number | null };

export type AgreementView = {
  access: PartnershipAccess;
  partnership: {
    id: string;
    title: string;
    commonGoal: string;
    phase: PartnershipPhase;
    company: AgreementParty;
    nonprofit: AgreementParty;
  };
  /** Null until someone creates the agreement from the template. */
  agreement: (AgreementContent & { id: string; revision: number; createdAt: Date; updatedAt: Date }) | null;
  /** From the negotiation (PlannedContribution rows), grouped by side. */
  contributions: Record<PartySide, ContributionLine[]>;
  indicators: { name: string; unit: string; baseline: string; target: string | null; direction: IndicatorDirection }[];
  /** Every acceptance ever given, newest first (cancelled ones too: the history). */
  acceptances: AgreementAcceptanceView[];
  /** The active acceptance of the current revision, per side. */
  current: Record<PartySide, AgreementAcceptanceView | null>;
  signedByBoth: boolean;
};

/** Everything the agreement tab, its preview and its PDF show. Access is resolved first: another organisation's partnership is NotFoundError. */
export async function getAgreement(db: Database, viewer: PartnershipViewer, input: { partnershipId: string }): Promise<AgreementView> {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  return readAgreementView(db, access);
}

export async function readAgreementView(db: Database, access: PartnershipAccess): Promise<AgreementView> {
  const party = { select: { id: true, name: true, comune: true } } as const;
  const row = await db.partnership.findUniqueOrThrow({
    where: { id: access.partnershipId },
    select: {
      id: true,
      title: true,
      commonGoal: true,
      phase: true,
      company: party,
      nonprofit: party,
      plannedContributions: { orderBy: { createdAt: "asc" }, select: { side: true, kind: true, description: true, valueCents: true } },
      indicators: { orderBy: { createdAt: "asc" }, select: { name: true, unit: true, baseline: true, target: true, direction: true } },
      agreement: {
        select: {
          id: true,
          revision: true,
          objectives: true,
          startsOn: true,
          endsOn: true,
          responsibilities: true,
          communicationRules: true,
          logoUse: true,
          indicatorsText: true,
          dataProtection: true,
          termination: true,
          createdAt: true,
          updatedAt: true,
          acceptances: {
            orderBy: { acceptedAt: "desc" },
            select: { id: true, revision: true, side: true, signerName: true, signerRole: true, ipAddress: true, acceptedAt: true, cancelledAt: true },
          },
        },
      },
    },
  });
  const contributions: Record<PartySide, ContributionLine[]> = { COMPANY: [], NONPROFIT: [] };
  for (const line of row.plannedContributions) contributions[line.side].push({ kind: line.kind, description: line.description, valueCents: line.valueCents });

  const acceptances = row.agreement?.acceptances ?? [];
  const revision = row.agreement?.revision;
  const activeOf = (side: PartySide) =>
    acceptances.find((acceptance) => acceptance.side === side && acceptance.revision === revision && acceptance.cancelledAt === null) ?? null;
  const current = { COMPANY: activeOf("COMPANY"), NONPROFIT: activeOf("NONPROFIT") };
  const saved = row.agreement;

  return {
    access,
    partnership: { id: row.id, title: row.title, commonGoal: row.commonGoal, phase: row.phase, company: row.company, nonprofit: row.nonprofit },
    agreement: saved
      ? {
          id: saved.id,
          revision: saved.revision,
          objectives: saved.objectives,
          startsOn: dateToDay(saved.startsOn),
          endsOn: dateToDay(saved.endsOn),
          responsibilities: saved.responsibilities,
          communicationRules: saved.communicationRules,
          logoUse: saved.logoUse,
          indicatorsText: saved.indicatorsText,
          dataProtection: saved.dataProtection,
          termination: saved.termination,
          createdAt: saved.createdAt,
          updatedAt: saved.updatedAt,
        }
      : null,
    contributions,
    indicators: row.indicators.map((indicator) => ({
      name: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline.toString(),
      target: indicator.target?.toString() ?? null,
      direction: indicator.direction,
    })),
    acceptances,
    current,
    signedByBoth: current.COMPANY !== null && current.NONPROFIT !== null,
  };
}
