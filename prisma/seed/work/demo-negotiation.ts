import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContributionKind } from "@/lib/generated/prisma/enums";
import { DEMO_PARTNERSHIP_TITLE } from "../demo-partnerships-open";
import { phaseNumber, type WorkSeedContext } from "./seed-context";

type Planned = { kind: ContributionKind; description: string; valueCents: number | null };

// A few realistic shapes of what each side brings; each partnership takes one by its index.
const COMPANY_OFFERS: Planned[][] = [
  [
    { kind: "MONEY", description: "Contributo economico per materiali e trasporti", valueCents: 500000 },
    { kind: "VOLUNTEER_HOURS", description: "Volontariato aziendale: 2 dipendenti per 4 ore al mese", valueCents: 96000 },
  ],
  [
    { kind: "SKILLS", description: "Consulenza del nostro ufficio tecnico sul progetto", valueCents: 240000 },
    { kind: "GOODS", description: "Fornitura di prodotti e attrezzature", valueCents: 150050 },
  ],
  [
    { kind: "SERVICES", description: "Grafica e stampa dei materiali di comunicazione", valueCents: 80000 },
    { kind: "SPACES", description: "Sala riunioni aziendale per gli incontri mensili", valueCents: null },
  ],
];
const NONPROFIT_OFFERS: Planned[][] = [
  [
    { kind: "VOLUNTEER_HOURS", description: "Volontari dell'associazione per le attività sul territorio", valueCents: 180000 },
    { kind: "SKILLS", description: "Conoscenza delle famiglie e dei bisogni del territorio", valueCents: null },
  ],
  [
    { kind: "SPACES", description: "Sede dell'associazione per le attività", valueCents: 60000 },
    { kind: "VOLUNTEER_HOURS", description: "Coordinamento dei volontari da parte di un referente", valueCents: 120000 },
  ],
  [{ kind: "SERVICES", description: "Accompagnamento delle persone coinvolte e rendicontazione", valueCents: 75000 }],
];

/**
 * What each side brings and expects, and who does what, for every partnership that got past
 * planning (phase ≥ 2, closed ones too). The journey partnership and discontinued ones stay empty.
 */
export async function seedNegotiation({ tx, partnerships, membersOf }: WorkSeedContext): Promise<void> {
  const contributions: Prisma.PlannedContributionCreateManyInput[] = [];
  let index = 0;
  for (const partnership of partnerships) {
    if (partnership.title === DEMO_PARTNERSHIP_TITLE || phaseNumber(partnership.phase) < 2) continue;
    const companyOffers = COMPANY_OFFERS[index % COMPANY_OFFERS.length] ?? [];
    const nonprofitOffers = NONPROFIT_OFFERS[index % NONPROFIT_OFFERS.length] ?? [];
    const companyMember = membersOf(partnership.companyId)[0] ?? null;
    const nonprofitMember = membersOf(partnership.nonprofitId)[0] ?? null;
    for (const offer of companyOffers) contributions.push({ partnershipId: partnership.id, side: "COMPANY", createdById: companyMember, ...offer });
    for (const offer of nonprofitOffers) contributions.push({ partnershipId: partnership.id, side: "NONPROFIT", createdById: nonprofitMember, ...offer });
    await tx.partnership.update({
      where: { id: partnership.id },
      data: {
        companyExpectations:
          "Coinvolgere i nostri dipendenti in un progetto concreto del territorio, misurarne i risultati e raccontarli ai clienti con la storia approvata da entrambi.",
        nonprofitExpectations:
          "Un impegno continuativo per tutta la durata concordata, competenze che da soli non abbiamo e un referente dell'impresa raggiungibile.",
        roles:
          "L'impresa mette a disposizione risorse e un referente interno; l'ente coordina i volontari e il contatto con i beneficiari; il CSV accompagna gli incontri di verifica.",
      },
    });
    index += 1;
  }
  await tx.plannedContribution.createMany({ data: contributions });
}
