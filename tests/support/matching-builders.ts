import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";
import type { CompanyProfileData, NonprofitProfileData } from "@/lib/profiles/profile-data";
import { createUser } from "./factories";

// Builders for the matching tests: organisations with a complete questionnaire, in the
// shape the questionnaire stores (lib/profiles/profile-data.ts), and a member to act for
// them. Each call makes unique rows.

const unique = () => randomUUID().slice(0, 8);
let taxCodeCounter = 0;

export const COMPANY_PROFILE: CompanyProfileData = {
  description: "Software house pavese che mette a disposizione competenze digitali e portatili ricondizionati per progetti educativi.",
  causes: ["d", "l"],
  sdgs: [4],
  offers: ["skills:digital", "goods:it-equipment", "volunteering", "funding"],
  needs: ["volunteering-opportunities", "storytelling"],
  horizons: ["annual", "multi-year"],
  rangeKm: 30,
  employees: 40,
  budgetEur: 5000,
  volunteerHours: 200,
  sector: "J 62.01",
  sectorTags: [],
  excludeCauses: [],
};

export const NONPROFIT_PROFILE: NonprofitProfileData = {
  description: "Associazione che organizza doposcuola e laboratori digitali per ragazzi contro la povertà educativa.",
  causes: ["d", "l"],
  sdgs: [4],
  offers: ["volunteering-opportunities", "storytelling"],
  needs: ["skills:digital", "goods:it-equipment", "funding"],
  horizons: ["annual"],
  legalForm: "APS",
  volunteersHosted: 10,
  projectBudgetEur: 4000,
  excludeSectorTags: [],
  runtsSection: "B",
  runtsNumber: "12345",
};

export type MatchingOrganizationOptions = {
  name?: string;
  comune?: string;
  status?: OrganizationStatus;
  /** The stored questionnaire data; null for no profile row at all. */
  profile?: CompanyProfileData | NonprofitProfileData | Record<string, unknown> | null;
  /** Whether the questionnaire was sent (default true). */
  submitted?: boolean;
  contact?: { name: string; email: string; phone: string };
};

/** An organisation (ACTIVE by default) with a complete questionnaire of its kind. */
export async function createProfiledOrganization(db: Database, kind: OrganizationKind, options: MatchingOrganizationOptions = {}) {
  taxCodeCounter += 1;
  const profile = options.profile === undefined ? (kind === "COMPANY" ? COMPANY_PROFILE : NONPROFIT_PROFILE) : options.profile;
  const contact = options.contact ?? { name: `Referente ${unique()}`, email: `contatti-${unique()}@example.it`, phone: "+39 0382 000000" };
  return db.organization.create({
    data: {
      kind,
      name: options.name ?? `${kind === "COMPANY" ? "Impresa" : "Ente"} ${unique()}`,
      taxCode: `M${Date.now().toString().slice(-7)}${String(taxCodeCounter).padStart(3, "0")}`,
      comune: options.comune ?? "Pavia",
      status: options.status ?? "ACTIVE",
      contactName: contact.name,
      contactEmail: contact.email,
      contactPhone: contact.phone,
      reviewNote: "Nota interna dello staff",
      ...(profile === null
        ? {}
        : { profile: { create: { data: profile as Prisma.InputJsonValue, step: 5, submittedAt: options.submitted === false ? null : new Date() } } }),
    },
    select: { id: true, name: true, kind: true, comune: true },
  });
}

/** A partner user acting for a new profiled organisation, shaped like requirePartner(). */
export async function createProfiledPartner(db: Database, kind: OrganizationKind, options: MatchingOrganizationOptions = {}) {
  const [user, organization] = await Promise.all([createUser(db), createProfiledOrganization(db, kind, options)]);
  await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "OWNER" } });
  return { user, organization };
}

/** Another member of an existing organisation. */
export async function addMember(db: Database, organization: { id: string; name: string; kind: OrganizationKind; comune: string }) {
  const user = await createUser(db);
  await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "MEMBER" } });
  return { user, organization };
}

export const INTEREST_MESSAGE = "Ci piacerebbe conoscervi: i nostri sviluppatori possono aiutare il vostro doposcuola.";
