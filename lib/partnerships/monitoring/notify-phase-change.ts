import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { notify } from "@/lib/notifications/notify";

export type PhaseChange = { partnershipId: string; title: string; companyId: string; nonprofitId: string; toPhase: PartnershipPhase };

/**
 * Tells both organisations that their partnership entered a phase (and asks the check-in);
 * on completion only that it is completed (no check-in then: the final evaluation covers it). The phase is stored as its code: the
 * notification and the e-mail name it in each recipient's language.
 */
export async function notifyPhaseChange(db: Database, change: PhaseChange): Promise<void> {
  if (change.toPhase === "DISCONTINUED") return;
  const link = `/workspace/partnerships/${change.partnershipId}`;
  const organizationIds = [change.companyId, change.nonprofitId];
  if (change.toPhase !== "COMPLETED") {
    const kind = "partnership.phaseChanged";
    const params = { partnershipTitle: change.title, phase: change.toPhase };
    await notify(db, { organizationIds, kind, params, link, email: notificationEmail(kind, params, link) });
  } else {
    const completed = { partnershipTitle: change.title };
    const completedLink = `${link}?tab=monitoring`;
    await notify(db, { organizationIds, kind: "partnership.completed", params: completed, link: completedLink, email: notificationEmail("partnership.completed", completed, completedLink) });
  }
}
