import type { MembershipRole } from "@/lib/generated/prisma/client";
import type { DemoCompanyKey } from "./demo-companies";
import type { DemoNonprofitKey } from "./demo-nonprofits";

/** The password of every seeded user who is not one of the DEMO_ACCOUNTS. */
export const DEMO_PARTNER_PASSWORD = "Demo-Partner-2026!";

/** The organisations the demo partner accounts own. */
export const DEMO_ACCOUNT_ORGANIZATIONS = {
  company: "ticino-digitale",
  nonprofit: "tessere-insieme",
} as const satisfies { company: DemoCompanyKey; nonprofit: DemoNonprofitKey };

/** A second staff member of CSV Pavia, so that boards show more than one case owner. */
export const DEMO_EXTRA_STAFF = { email: "elena.ricci@example.it", name: "Elena Ricci", role: "STAFF" } as const;

export type DemoPartnerUser = {
  readonly email: string;
  readonly name: string;
  readonly organization: DemoCompanyKey | DemoNonprofitKey;
  readonly membership: MembershipRole;
};

// Lower-case e-mails: the User table stores them so (see schema.prisma).
export const DEMO_PARTNER_USERS: readonly DemoPartnerUser[] = [
  { email: "davide.galli@example.it", name: "Davide Galli", organization: "ticino-digitale", membership: "MEMBER" },
  // Changes her password and e-mail and deletes her account in tests/e2e/account.e2e.ts: no other spec may use her.
  { email: "irene.sala@example.it", name: "Irene Sala", organization: "ticino-digitale", membership: "MEMBER" },
  { email: "francesca.bellini@example.it", name: "Francesca Bellini", organization: "forno-lomellino", membership: "OWNER" },
  { email: "alessandro.conti@example.it", name: "Alessandro Conti", organization: "riseria-vigevanese", membership: "OWNER" },
  { email: "elisa.barbieri@example.it", name: "Elisa Barbieri", organization: "supermercati-pavesi", membership: "OWNER" },
  { email: "sara.marchetti@example.it", name: "Sara Marchetti", organization: "pane-condiviso", membership: "OWNER" },
  { email: "roberto.fontana@example.it", name: "Roberto Fontana", organization: "amici-del-ticino", membership: "OWNER" },
  { email: "giorgio.moretti@example.it", name: "Giorgio Moretti", organization: "emporio-solidale", membership: "OWNER" },
  { email: "chiara.ferri@example.it", name: "Chiara Ferri", organization: "tessere-insieme", membership: "MEMBER" },
  // Both sides of a few partnerships further on, so each phase can be tried from both sides.
  { email: "lucia.ferrari@example.it", name: "Lucia Ferrari", organization: "terra-buona", membership: "OWNER" },
  { email: "marco.villa@example.it", name: "Marco Villa", organization: "packaging-ticino", membership: "OWNER" },
  { email: "paolo.rinaldi@example.it", name: "Paolo Rinaldi", organization: "mede-serramenti", membership: "OWNER" },
  { email: "giulia.costa@example.it", name: "Giulia Costa", organization: "centro-anziani-mede", membership: "OWNER" },
  // Owners of organisations still waiting for staff approval.
  { email: "matteo.greco@example.it", name: "Matteo Greco", organization: "assicurazioni-iriense", membership: "OWNER" },
  { email: "anna.lombardi@example.it", name: "Anna Lombardi", organization: "genitori-trivolzio", membership: "OWNER" },
];
