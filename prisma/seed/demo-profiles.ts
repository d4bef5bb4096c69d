import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_COMPANIES } from "./demo-companies";
import { DEMO_COMPANY_PROFILES } from "./demo-company-profiles";
import { DEMO_NONPROFIT_PROFILES } from "./demo-nonprofit-profiles";
import { DEMO_NONPROFITS } from "./demo-nonprofits";

// Questionnaires and contact details of the demo organisations.

/**
 * One organisation is caught half-way through its questionnaire (steps 1 and 2 saved,
 * nothing submitted), so the demo and the end-to-end test can show how a draft resumes.
 * Every other organisation has a complete, submitted profile.
 */
export const DEMO_DRAFT_ORGANIZATION = "genitori-trivolzio";
const DRAFT_FIELDS = ["description", "legalForm", "runtsSection", "runtsNumber", "causes", "sdgs"];

const FIRST_NAMES = ["Giulia", "Marco", "Laura", "Paolo", "Silvia", "Andrea", "Federica", "Luca", "Valentina", "Stefano", "Martina", "Simone", "Elena", "Fabio"];
const LAST_NAMES = ["Rossi", "Colombo", "Ferrari", "Bassi", "Cattaneo", "Brambilla", "Gatti", "Sala", "Riva", "Mazza", "Pozzi", "Longhi", "Vitali", "Poggi", "Arrigoni", "Negri", "Zanetti"];

/** A person to contact, an e-mail on the reserved example domain and a phone of the 0382 district. */
export function demoContactOf(key: string, index: number): { contactName: string; contactEmail: string; contactPhone: string; website: string } {
  const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? "Giulia";
  const last = LAST_NAMES[(index * 7) % LAST_NAMES.length] ?? "Rossi";
  const domain = `${key.replaceAll("-", "")}.example.it`;
  return {
    contactName: `${first} ${last}`,
    contactEmail: `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`,
    contactPhone: `0382 ${String(410000 + index * 1373).slice(0, 6).replace(/(\d{3})(\d{3})/, "$1 $2")}`,
    website: `https://www.${domain}`,
  };
}

/** The questionnaire data of an organisation, by its data key. */
export function demoProfileDataOf(key: string): Record<string, unknown> {
  const company = (DEMO_COMPANY_PROFILES as Record<string, object>)[key];
  if (company) return { ...company };
  const nonprofit = DEMO_NONPROFITS.find((row) => row.key === key);
  const answers = (DEMO_NONPROFIT_PROFILES as Record<string, object>)[key];
  if (!nonprofit || !answers) throw new Error(`demo seed: no profile for "${key}"`);
  return { ...answers, legalForm: nonprofit.legalForm };
}

export function buildProfileRows(
  organizations: readonly { key: string; row: { createdAt?: Date | string } }[],
  organizationIds: ReadonlyMap<string, string>,
): Prisma.OrganizationProfileCreateManyInput[] {
  return organizations.map(({ key, row }) => {
    const organizationId = organizationIds.get(key);
    if (organizationId === undefined) throw new Error(`demo seed: nothing seeded for "${key}"`);
    const data = demoProfileDataOf(key);
    const createdAt = new Date(row.createdAt ?? Date.now());
    if (key === DEMO_DRAFT_ORGANIZATION) {
      const draft = Object.fromEntries(Object.entries(data).filter(([field]) => DRAFT_FIELDS.includes(field)));
      return { organizationId, data: draft as Prisma.InputJsonObject, step: 2, submittedAt: null };
    }
    // Submitted a few hours after signing up.
    return { organizationId, data: data as Prisma.InputJsonObject, step: 4, submittedAt: new Date(createdAt.getTime() + 5 * 60 * 60 * 1000) };
  });
}

/** Every organisation key, to check the profile tables cover them all. */
export const DEMO_ORGANIZATION_KEYS: readonly string[] = [...DEMO_COMPANIES, ...DEMO_NONPROFITS].map((row) => row.key);
