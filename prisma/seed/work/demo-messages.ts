import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS } from "../demo-accounts";
import { DEMO_PARTNERSHIP_TITLE } from "../demo-partnerships-open";
import { type WorkSeedContext } from "./seed-context";

const HOUR = 60 * 60 * 1000;

/**
 * A short exchange on every other partnership (the journey one stays silent), and one
 * internal staff note on some of them.
 */
export async function seedMessages({ tx, now, partnerships, userIds, membersOf }: WorkSeedContext): Promise<void> {
  const staffId = userIds.get(DEMO_ACCOUNTS.staff.email) ?? null;
  const messages: Prisma.PartnershipMessageCreateManyInput[] = [];
  const notes: Prisma.StaffNoteCreateManyInput[] = [];
  partnerships.forEach((partnership, index) => {
    if (partnership.title === DEMO_PARTNERSHIP_TITLE || index % 2 === 1) return;
    const companyMember = membersOf(partnership.companyId)[0] ?? null;
    const nonprofitMember = membersOf(partnership.nonprofitId)[0] ?? null;
    // Within the partnership's life, a few days before today.
    const from = new Date(Math.max(partnership.phaseEnteredAt.getTime(), now.getTime() - 10 * 24 * HOUR));
    // Office hours: from 8:00 UTC (9 or 10 in Pavia) of that day.
    const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), 8);
    const at = (hours: number) => new Date(Math.min(start + hours * HOUR, now.getTime() - HOUR));
    messages.push(
      { partnershipId: partnership.id, authorId: companyMember, createdAt: at(2), body: "Buongiorno a tutti, ci sentiamo questa settimana per fare il punto sulle prossime attività?" },
      { partnershipId: partnership.id, authorId: nonprofitMember, createdAt: at(5), body: "Volentieri: giovedì pomeriggio va bene per noi. Portiamo l'elenco aggiornato dei volontari disponibili." },
    );
    if (index % 4 === 0) {
      messages.push({ partnershipId: partnership.id, authorId: staffId, createdAt: at(8), body: "Ci sono anch'io per il CSV. Se vi serve, posso mandarvi il modello per la lista delle attività." });
      notes.push({
        partnershipId: partnership.id,
        authorId: staffId,
        createdAt: at(9),
        body: "Nota interna: il referente dell'ente ha chiesto un confronto riservato sui tempi. Sentirlo prima del prossimo incontro.",
      });
    }
  });
  await tx.partnershipMessage.createMany({ data: messages });
  await tx.staffNote.createMany({ data: notes });
}
