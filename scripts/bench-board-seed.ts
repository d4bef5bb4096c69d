// The data of `npm run bench:board`: N partnerships (500 unless asked) across every phase,
// with their organisations (nonprofits with causes), checklists, activities, interests and
// audit rows. Written in chunks: one INSERT of 30,000 checklist items would pass
// PostgreSQL's limit of 65,535 parameters.
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { CAUSE_CODES } from "@/lib/profiles/vocabulary";
import { ALL_PHASES } from "@/lib/partnerships/phases";

export const BENCH_STAFF = { email: "bench.staff@insieme.local", password: "Bench-Staff-2026!" };
export const DEFAULT_PARTNERSHIPS = 500;
const DAY = 86_400_000;
const CHUNK = 5000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

/** N partnerships across every phase, with organisations, profiles, checklists, activities, interests. */
export async function seedBoardBench(db: Database, count: number = DEFAULT_PARTNERSHIPS) {
  const PARTNERSHIPS = count;
  // 1.2 organisations per partnership, as in the 500 of the first benchmark (600).
  const ORGANIZATIONS = Math.max(600, Math.ceil((PARTNERSHIPS * 1.2) / 2) * 2);
  const passwordHash = await hashPassword(BENCH_STAFF.password);
  const staff = await db.user.create({
    data: { email: BENCH_STAFF.email, name: "Staff Bench", passwordHash, role: "STAFF", emailVerifiedAt: new Date() },
    select: { id: true, role: true },
  });
  const colleagues = await Promise.all(
    ["Anna Colleghi", "Luca Colleghi"].map((name, index) =>
      db.user.create({ data: { email: `bench.colleague${index}@insieme.local`, name, passwordHash, role: "STAFF" }, select: { id: true } }),
    ),
  );
  const owners = [staff.id, ...colleagues.map((user) => user.id), null];
  const comuni = ["Pavia", "Vigevano", "Voghera", "Mortara", "Stradella", "Broni", "Siziano", "Landriano"];
  const organizations = Array.from({ length: ORGANIZATIONS }, (_, index) => ({
    id: `bench-org-${index}`,
    kind: index % 2 === 0 ? ("COMPANY" as const) : ("NONPROFIT" as const),
    name: `${index % 2 === 0 ? "Impresa" : "Associazione"} Bench ${index}`,
    taxCode: `BENCH${String(index).padStart(6, "0")}`,
    comune: comuni[index % comuni.length]!,
    status: "ACTIVE" as const,
  }));
  await inChunks(organizations, (data) => db.organization.createMany({ data }));
  const profiles = organizations
    .filter((organization) => organization.kind === "NONPROFIT")
    .map((organization, index) => ({
      organizationId: organization.id,
      data: { causes: [CAUSE_CODES[index % CAUSE_CODES.length]!, CAUSE_CODES[(index * 7) % CAUSE_CODES.length]!] },
      step: 5,
      submittedAt: new Date(),
    }));
  await inChunks(profiles, (data) => db.organizationProfile.createMany({ data }));
  const now = Date.now();
  const partnerships = Array.from({ length: PARTNERSHIPS }, (_, index) => {
    const phase = ALL_PHASES[index % ALL_PHASES.length] as PartnershipPhase;
    return {
      id: `bench-partnership-${index}`,
      title: `Partnership di prova ${index}`,
      commonGoal: "Un obiettivo comune misurabile",
      companyId: `bench-org-${(index * 2) % ORGANIZATIONS}`,
      nonprofitId: `bench-org-${((index * 2) % ORGANIZATIONS) + 1}`,
      phase,
      position: (Math.floor(index / ALL_PHASES.length) + 1) * 1000,
      staffOwnerId: owners[index % owners.length] ?? null,
      phaseEnteredAt: new Date(now - (index % 90) * DAY),
      lastActivityAt: new Date(now - (index % 45) * DAY),
    };
  });
  await inChunks(partnerships, (data) => db.partnership.createMany({ data }));
  const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
  const dated = (days: number) => new Date(today.getTime() + days * DAY);
  const checklist = partnerships.flatMap((partnership, index) =>
    Array.from({ length: 6 }, (_, item) => ({
      partnershipId: partnership.id,
      phase: partnership.phase,
      text: `Voce ${item + 1} della lista`,
      position: item,
      dueDate: item % 3 === 2 ? null : dated(((index + item * 5) % 40) - 10),
      doneAt: item % 2 === 0 ? new Date() : null,
    })),
  );
  await inChunks(checklist, (data) => db.checklistItem.createMany({ data }));
  const activities = partnerships.flatMap((partnership, index) =>
    Array.from({ length: 3 }, (_, item) => ({
      partnershipId: partnership.id,
      title: `Attività ${item + 1}`,
      dueOn: dated(((index + item * 11) % 60) - 15),
      doneAt: item === 0 ? new Date() : null,
    })),
  );
  await inChunks(activities, (data) => db.activity.createMany({ data }));
  await db.interest.createMany({
    data: Array.from({ length: 60 }, (_, index) => ({
      fromOrganizationId: `bench-org-${(index * 2 + 100) % ORGANIZATIONS}`,
      toOrganizationId: `bench-org-${((index * 2 + 100) % ORGANIZATIONS) + 1}`,
      message: "Ci piacerebbe conoscervi.",
      status: index % 4 === 3 ? ("DECLINED" as const) : ("PENDING" as const),
      introducedById: index % 3 === 0 ? staff.id : null,
      createdAt: new Date(now - (index % 12) * DAY),
      expiresAt: new Date(now + (14 - (index % 12)) * DAY),
    })),
  });
  await db.auditLog.createMany({
    data: partnerships.slice(0, 200).map((partnership) => ({
      actorId: staff.id,
      action: "partnership.move",
      targetType: "Partnership",
      targetId: partnership.id,
      before: { phase: "PLANNING", position: 1000, version: 0 },
      after: { phase: partnership.phase, position: partnership.position, version: 0 },
    })),
  });
  const summary = `${PARTNERSHIPS} partnerships, ${ORGANIZATIONS} organisations, ${PARTNERSHIPS * 6} checklist items, ${PARTNERSHIPS * 3} activities, 60 interests`;
  return { staff, summary };
}
