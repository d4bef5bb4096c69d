import { buildAgreementTemplate } from "@/lib/partnerships/agreement/agreement-template";
import { DEMO_PARTNERSHIP_TITLE } from "../demo-partnerships-open";
import { phaseNumber, type WorkSeedContext } from "./seed-context";

/** Its e2e test creates this partnership's agreement from the template: it starts without one. */
export const AGREEMENT_E2E_PARTNERSHIP_TITLE = "Riso solidale della Lomellina";
/** The phase-3 partnership where one side has already accepted. */
const HALF_ACCEPTED_TITLE = "Sentieri del gusto";

const DAY = 24 * 60 * 60 * 1000;

/** Plausible representatives for organisations without a seeded member. */
const FALLBACK_SIGNERS = ["Giovanni Bassi", "Elena Moretti", "Stefano Galli", "Chiara Pellegrini", "Luca Ferrara", "Anna Sartori", "Matteo Cattaneo", "Silvia Lombardi"];

/**
 * An agreement for every partnership from phase 3 on (the journey partnership and the
 * one of the agreement e2e test excepted), written from the template on the day it was
 * drafted. From phase 4 on (and when completed) both sides accepted it — the board's gate
 * into programme management is met; in phase 3 one partnership has one acceptance and
 * the others none yet. Deterministic: dates follow each partnership's own.
 */
export async function seedAgreements(context: WorkSeedContext): Promise<void> {
  const { tx, now, partnerships } = context;
  const candidates = partnerships.filter(
    (partnership) => phaseNumber(partnership.phase) >= 3 && partnership.title !== DEMO_PARTNERSHIP_TITLE && partnership.title !== AGREEMENT_E2E_PARTNERSHIP_TITLE,
  );
  let index = 0;
  for (const partnership of candidates) {
    index += 1;
    const details = await tx.partnership.findUniqueOrThrow({
      where: { id: partnership.id },
      select: { commonGoal: true, company: { select: { name: true } }, nonprofit: { select: { name: true } } },
    });
    // Drafted a few weeks after the start, always before the current phase began.
    const drafted = new Date(Math.min(partnership.startedAt.getTime() + 30 * DAY, partnership.phaseEnteredAt.getTime() - 5 * DAY, now.getTime() - 5 * DAY));
    const content = buildAgreementTemplate({
      locale: "it",
      title: partnership.title,
      companyName: details.company.name,
      nonprofitName: details.nonprofit.name,
      commonGoal: details.commonGoal,
      today: drafted,
    });
    const companySigner = await signerOf(context, partnership.companyId, index * 2);
    const agreement = await tx.agreement.create({
      data: {
        ...content,
        partnershipId: partnership.id,
        startsOn: new Date(`${content.startsOn}T00:00:00Z`),
        endsOn: new Date(`${content.endsOn}T00:00:00Z`),
        updatedById: companySigner.userId,
        createdAt: drafted,
        updatedAt: drafted,
      },
      select: { id: true },
    });

    const signedBoth = phaseNumber(partnership.phase) >= 4;
    const halfAccepted = partnership.title === HALF_ACCEPTED_TITLE;
    if (!signedBoth && !halfAccepted) continue;
    const firstAt = new Date(drafted.getTime() + 2 * DAY + 10 * 60 * 60 * 1000);
    await tx.agreementAcceptance.create({
      data: {
        agreementId: agreement.id,
        revision: 1,
        side: "COMPANY",
        userId: companySigner.userId,
        signerName: companySigner.name,
        signerRole: "Legale rappresentante",
        ipAddress: `192.0.2.${(index * 2) % 250}`,
        acceptedAt: halfAccepted ? new Date(Math.min(firstAt.getTime(), now.getTime() - DAY)) : firstAt,
      },
    });
    if (!signedBoth) continue;
    const nonprofitSigner = await signerOf(context, partnership.nonprofitId, index * 2 + 1);
    await tx.agreementAcceptance.create({
      data: {
        agreementId: agreement.id,
        revision: 1,
        side: "NONPROFIT",
        userId: nonprofitSigner.userId,
        signerName: nonprofitSigner.name,
        signerRole: "Presidente",
        ipAddress: `192.0.2.${((index * 2) % 250) + 1}`,
        acceptedAt: new Date(firstAt.getTime() + DAY + 3 * 60 * 60 * 1000),
      },
    });
  }
}

/** The organisation's first member (its owner) signs; otherwise a plausible representative. */
async function signerOf(context: WorkSeedContext, organizationId: string, seed: number): Promise<{ userId: string | null; name: string }> {
  const [userId] = context.membersOf(organizationId);
  if (userId) {
    const user = await context.tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
    return { userId, name: user.name };
  }
  return { userId: null, name: FALLBACK_SIGNERS[seed % FALLBACK_SIGNERS.length] ?? "Giovanni Bassi" };
}
