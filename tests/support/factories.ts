import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/client";
import { ensurePhaseChecklist } from "@/lib/partnerships/checklist/ensure-phase-checklist";
import type { OrganizationKind, PartnershipPhase, Role } from "@/lib/generated/prisma/enums";

// Small builders for integration tests: each call makes unique rows, so tests in one file
// never collide.

const unique = () => randomUUID().slice(0, 8);

export async function createUser(
  db: Database,
  options: { role?: Role; password?: string; disabled?: boolean; emailVerified?: boolean } = {},
) {
  const password = options.password ?? "Una-password-lunga-1";
  const user = await db.user.create({
    data: {
      email: `user-${unique()}@example.it`,
      name: `Utente ${unique()}`,
      passwordHash: await hashPassword(password),
      role: options.role ?? "PARTNER",
      disabled: options.disabled ?? false,
      // Signed-up users confirm their e-mail before the first login; most tests start later.
      emailVerifiedAt: options.emailVerified === false ? null : new Date(),
    },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  return { ...user, password };
}

let taxCodeCounter = 0;

export async function createOrganization(db: Database, kind: OrganizationKind, name = `Organizzazione ${unique()}`) {
  taxCodeCounter += 1;
  return db.organization.create({
    data: {
      kind,
      name,
      // Uniqueness is all these tests need; validity of tax codes is tested elsewhere.
      taxCode: `T${Date.now().toString().slice(-7)}${String(taxCodeCounter).padStart(3, "0")}`,
      comune: "Pavia",
      status: "ACTIVE",
    },
    select: { id: true, name: true, kind: true },
  });
}

export async function createPartnerUser(db: Database, kind: OrganizationKind) {
  const [user, organization] = await Promise.all([createUser(db), createOrganization(db, kind)]);
  await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "OWNER" } });
  return { user, organization };
}

export async function createPartnership(
  db: Database,
  parties: { companyId: string; nonprofitId: string },
  phase: PartnershipPhase = "PLANNING",
  options: { checklist?: boolean } = {},
) {
  const partnership = await db.partnership.create({
    data: { ...parties, phase, title: `Partnership ${unique()}`, commonGoal: "Un obiettivo comune misurabile" },
    select: { id: true, title: true },
  });
  // `checklist`: the phase's template items, as the app writes them when a partnership
  // enters a phase (pages only read the checklist). Off by default: most tests add their own.
  if (options.checklist) await ensurePhaseChecklist(db, partnership.id, phase);
  return partnership;
}
