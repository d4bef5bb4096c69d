import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { CHECKLIST_TEMPLATES } from "../checklist-templates";

type Writer = Pick<Prisma.TransactionClient, "checklistItem">;

/**
 * Materialises the default checklist of a phase for one partnership: one row per template
 * item (templateKey set, text null: the text is read from the template in the reader's
 * language). Idempotent — the unique (partnershipId, phase, templateKey) and
 * skipDuplicates make a second call, or two concurrent ones, add nothing. Called where a
 * partnership enters a phase (it is opened, renewed or moved), never by a read: a page
 * GET writes nothing. Closed phases have no template.
 */
export async function ensurePhaseChecklist(tx: Writer, partnershipId: string, phase: PartnershipPhase): Promise<number> {
  if (phase === "COMPLETED" || phase === "DISCONTINUED") return 0;
  const template = CHECKLIST_TEMPLATES[phase];
  const { count } = await tx.checklistItem.createMany({
    data: template.map((item, index) => ({ partnershipId, phase, templateKey: item.key, position: index })),
    skipDuplicates: true,
  });
  return count;
}
