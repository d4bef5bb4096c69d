import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import type { OrganizationKind, PartnershipPhase } from "@/lib/generated/prisma/enums";

// Builders for the staff board's tests: organisations with a comune and causes, partnerships
// with dates, checklist items, activities and pending interests.

const unique = () => randomUUID().slice(0, 8);
let counter = 0;

export async function createBoardOrganization(
  db: Database,
  kind: OrganizationKind,
  options: { name?: string; comune?: string; causes?: string[] } = {},
) {
  counter += 1;
  const organization = await db.organization.create({
    data: {
      kind,
      name: options.name ?? `Organizzazione ${unique()}`,
      taxCode: `B${Date.now().toString().slice(-7)}${String(counter).padStart(4, "0")}`,
      comune: options.comune ?? "Pavia",
      status: "ACTIVE",
      ...(options.causes ? { profile: { create: { data: { causes: options.causes }, step: 5 } } } : {}),
    },
    select: { id: true, name: true, kind: true, comune: true },
  });
  return organization;
}

export async function createBoardPartnership(
  db: Database,
  options: {
    title?: string;
    phase?: PartnershipPhase;
    companyId: string;
    nonprofitId: string;
    staffOwnerId?: string | null;
    lastActivityAt?: Date;
    phaseEnteredAt?: Date;
  },
) {
  return db.partnership.create({
    data: {
      title: options.title ?? `Partnership ${unique()}`,
      commonGoal: "Un obiettivo comune misurabile",
      phase: options.phase ?? "PLANNING",
      companyId: options.companyId,
      nonprofitId: options.nonprofitId,
      staffOwnerId: options.staffOwnerId ?? null,
      ...(options.lastActivityAt ? { lastActivityAt: options.lastActivityAt } : {}),
      ...(options.phaseEnteredAt ? { phaseEnteredAt: options.phaseEnteredAt } : {}),
    },
    select: { id: true, title: true },
  });
}

/** A company–nonprofit pair (both new) with one partnership between them. */
export async function createBoardPair(
  db: Database,
  options: { title?: string; phase?: PartnershipPhase; staffOwnerId?: string | null; comune?: string; causes?: string[]; lastActivityAt?: Date } = {},
) {
  const company = await createBoardOrganization(db, "COMPANY", { comune: options.comune });
  const nonprofit = await createBoardOrganization(db, "NONPROFIT", { causes: options.causes ?? ["a"] });
  const partnership = await createBoardPartnership(db, { ...options, companyId: company.id, nonprofitId: nonprofit.id });
  return { company, nonprofit, partnership };
}

export async function createPendingInterest(
  db: Database,
  options: { fromId: string; toId: string; introducedById?: string; createdAt?: Date; expiresAt?: Date },
) {
  return db.interest.create({
    data: {
      fromOrganizationId: options.fromId,
      toOrganizationId: options.toId,
      message: "Ci piacerebbe conoscervi.",
      status: "PENDING",
      introducedById: options.introducedById ?? null,
      createdAt: options.createdAt ?? new Date(),
      expiresAt: options.expiresAt ?? new Date(Date.now() + 10 * 86_400_000),
    },
    select: { id: true },
  });
}

/** A calendar date (as `@db.Date` stores it) `days` from today. */
export function dateFromToday(days: number, now = new Date()): Date {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}
