import type { Database } from "@/lib/db/client";
import type { ActivityKind, ContributionKind, PartySide } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { dateToDay, todayInRome } from "@/lib/dates/rome-calendar";
import { dueStatus, type DueStatus } from "./due-status";
import { listPartnershipPeople, type PartnershipPerson } from "./list-partnership-people";
import { decimalStringToHundredths } from "@/lib/money/decimal-string";
import { sumDeliveredContributions, type ContributionTotals } from "./sum-delivered-contributions";

export type ActivityView = {
  id: string;
  kind: ActivityKind;
  title: string;
  description: string | null;
  startsOn: string | null;
  dueOn: string;
  owner: { id: string; name: string } | null;
  ownerSide: PartySide | null;
  done: boolean;
  status: DueStatus;
};

export type DeliveredContributionView = {
  id: string;
  side: PartySide;
  kind: ContributionKind;
  description: string;
  deliveredOn: string;
  hoursHundredths: number | null;
  valueCents: number | null;
  /** Whether this viewer may delete it: staff any, a partner its own side's entries. */
  canDelete: boolean;
};

export type ProgrammeView = {
  activities: ActivityView[];
  contributions: DeliveredContributionView[];
  totals: ContributionTotals;
  people: PartnershipPerson[];
  today: string;
  /** The viewer's side (null for staff) and whether the partnership still takes changes. */
  side: PartySide | null;
  canEdit: boolean;
};

/** The programme tab: activities by date, the delivered contributions log and its totals. */
export async function getProgramme(db: Database, viewer: PartnershipViewer, input: { partnershipId: string }, now = new Date()): Promise<ProgrammeView> {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  const today = todayInRome(now);
  const [activities, contributions, people] = await Promise.all([
    db.activity.findMany({
      where: { partnershipId: access.partnershipId },
      orderBy: [{ dueOn: "asc" }, { startsOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, title: true, description: true, startsOn: true, dueOn: true, ownerSide: true, doneAt: true, owner: { select: { id: true, name: true } } },
    }),
    db.deliveredContribution.findMany({
      where: { partnershipId: access.partnershipId },
      orderBy: [{ deliveredOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      select: { id: true, side: true, kind: true, description: true, deliveredOn: true, hours: true, valueCents: true },
    }),
    listPartnershipPeople(db, access),
  ]);
  const contributionViews = contributions.map((row) => ({
    id: row.id,
    side: row.side,
    kind: row.kind,
    description: row.description,
    deliveredOn: dateToDay(row.deliveredOn),
    hoursHundredths: row.hours === null ? null : decimalStringToHundredths(row.hours.toFixed(2)),
    valueCents: row.valueCents,
    canDelete: !access.closed && (access.isStaff || access.side === row.side),
  }));
  return {
    activities: activities.map((row) => {
      const dueOn = dateToDay(row.dueOn);
      return {
        id: row.id,
        kind: row.kind,
        title: row.title,
        description: row.description,
        startsOn: row.startsOn ? dateToDay(row.startsOn) : null,
        dueOn,
        owner: row.owner,
        ownerSide: row.ownerSide,
        done: row.doneAt !== null,
        status: dueStatus(dueOn, row.doneAt !== null, today),
      };
    }),
    contributions: contributionViews,
    totals: sumDeliveredContributions(contributionViews),
    people,
    today,
    side: access.side,
    canEdit: !access.closed,
  };
}
