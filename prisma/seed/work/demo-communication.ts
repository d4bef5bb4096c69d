import type { Prisma } from "@/lib/generated/prisma/client";
import { programmeStartOf } from "./demo-programme";
import { phaseNumber, type WorkSeedContext } from "./seed-context";

// The communication plan of every partnership that reached phase 5 or later, and a draft
// public story awaiting the nonprofit's approval on one partnership in phase 5. The three
// approved stories of completed partnerships come with the partnerships themselves
// (demo-partnerships-closed.ts).

const DAY_MS = 24 * 60 * 60 * 1000;

function dayAfter(from: Date, days: number): Date {
  const date = new Date(from.getTime() + days * DAY_MS);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function slugOf(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The partnership whose draft story waits for one approval. */
export const DEMO_DRAFT_STORY_PARTNERSHIP = "Fisarmoniche nelle scuole";
const DRAFT_STORY =
  "Da ottobre le fisarmoniche di Stradella suonano in otto scuole primarie: i maestri di Musica per Tutti portano in classe gli strumenti donati da Armonie Stradella, e i bambini preparano insieme il concerto di fine anno per le loro famiglie.";

type Step = { channel: Prisma.CommunicationItemCreateManyInput["channel"]; title: string; day: number };

const PLAN: readonly Step[] = [
  { channel: "SOCIAL", title: "Annuncio della partnership sui social delle due organizzazioni", day: 12 },
  { channel: "PRESS", title: "Comunicato stampa ai giornali locali", day: 20 },
  { channel: "WEBSITE", title: "Pagina del progetto sui siti delle due organizzazioni", day: 60 },
  { channel: "NEWSLETTER", title: "Racconto nella newsletter del CSV Pavia", day: 150 },
  { channel: "EVENT", title: "Evento pubblico di restituzione dei risultati", day: 190 },
  { channel: "REPORT", title: "Rapporto finale pubblicato online", day: 210 },
];

export async function seedCommunication({ tx, now, partnerships }: WorkSeedContext): Promise<void> {
  const items: Prisma.CommunicationItemCreateManyInput[] = [];
  for (const partnership of partnerships) {
    const phase = phaseNumber(partnership.phase);
    if (phase < 5) continue;
    // A partnership in phase 5 planned its communication around entering it, so part of
    // the plan is still ahead; the others look back on the whole programme.
    const start = partnership.phase === "COMMUNICATION" ? new Date(partnership.phaseEnteredAt.getTime() - 30 * DAY_MS) : programmeStartOf(partnership);
    const completed = partnership.phase === "COMPLETED";
    PLAN.forEach((step, index) => {
      const plannedOn = dayAfter(start, step.day);
      // Published once its day passed; a completed partnership cancelled its last event
      // if it ended first (so the plan shows all three states).
      const past = plannedOn <= now && (!completed || plannedOn <= partnership.phaseEnteredAt);
      const status = past ? "PUBLISHED" : completed ? "CANCELLED" : "PLANNED";
      items.push({
        partnershipId: partnership.id,
        channel: step.channel,
        title: step.title,
        plannedOn,
        status,
        link: status === "PUBLISHED" ? `https://www.csvpavia.it/progetti/${slugOf(partnership.title)}/${slugOf(step.channel)}` : null,
        createdAt: new Date(start.getTime() + index * 1000),
      });
    });
  }
  await tx.communicationItem.createMany({ data: items });

  const draft = partnerships.find((partnership) => partnership.title === DEMO_DRAFT_STORY_PARTNERSHIP && partnership.phase === "COMMUNICATION");
  if (draft) {
    await tx.partnership.update({
      where: { id: draft.id },
      data: { publicStory: DRAFT_STORY, storyApprovedByCompanyAt: new Date(now.getTime() - 2 * DAY_MS), storyApprovedByNonprofitAt: null },
    });
  }
}
