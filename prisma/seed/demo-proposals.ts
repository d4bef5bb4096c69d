import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import type { DemoCompanyKey } from "./demo-companies";
import type { DemoNonprofitKey } from "./demo-nonprofits";

type Context = {
  tx: Prisma.TransactionClient;
  now: Date;
  organizationIds: ReadonlyMap<string, string>;
  userIds: ReadonlyMap<string, string>;
};

type Proposal = {
  from: DemoCompanyKey | DemoNonprofitKey;
  to: DemoCompanyKey | DemoNonprofitKey;
  daysAgo: number;
  message: string;
  /** A CSV staff introduction: nobody has said yes yet unless `fromSaidYes`. */
  introduction?: boolean;
  fromSaidYes?: boolean;
};

// Waiting proposals for the board's "Proposte" column and the dashboard: organisations
// that no end-to-end test uses, so the tests' own interests stay the only ones they see.
const PROPOSALS: readonly Proposal[] = [
  {
    from: "energia-verde",
    to: "ambiente-pulito",
    daysAgo: 4,
    message: "Vorremmo sostenere le vostre giornate di pulizia dei parchi con i nostri dipendenti volontari e un piccolo contributo per i materiali.",
  },
  {
    from: "il-mulino",
    to: "cascina-robbiese",
    daysAgo: 2,
    message: "Cerchiamo un'azienda agricola che accolga i nostri ragazzi per tirocini in cascina: il vostro profilo ci sembra vicinissimo.",
  },
  {
    // Not Dopo di Noi, as it once was: that foundation refuses alcohol, and the demo's own
    // introductions respect the hard exclusions staff are warned about.
    from: "cantine-santa-maria",
    to: "terra-buona",
    daysAgo: 6,
    introduction: true,
    fromSaidYes: true,
    message: "Il CSV vi presenta: Cantine Santa Maria cerca un progetto di inserimento lavorativo in vigna, Terra Buona porta al lavoro agricolo persone svantaggiate.",
  },
];

const DAY = 24 * 60 * 60 * 1000;

export async function seedPendingProposals({ tx, now, organizationIds, userIds }: Context): Promise<void> {
  const staffId = userIds.get(DEMO_ACCOUNTS.staff.email) ?? null;
  const idOf = (key: string) => {
    const id = organizationIds.get(key);
    if (!id) throw new Error(`Unknown demo organisation ${key}`);
    return id;
  };
  await tx.interest.createMany({
    data: PROPOSALS.map((proposal) => {
      const createdAt = new Date(now.getTime() - proposal.daysAgo * DAY);
      return {
        fromOrganizationId: idOf(proposal.from),
        toOrganizationId: idOf(proposal.to),
        message: proposal.message,
        status: "PENDING" as const,
        createdAt,
        // The proposer's yes is given with the proposal; an introduction waits for both.
        fromAcceptedAt: !proposal.introduction || proposal.fromSaidYes ? createdAt : null,
        introducedById: proposal.introduction ? staffId : null,
        createdById: proposal.introduction ? staffId : null,
        expiresAt: new Date(createdAt.getTime() + 14 * DAY),
      };
    }),
  });
}
