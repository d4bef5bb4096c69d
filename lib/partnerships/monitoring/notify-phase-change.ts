import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { getMessages } from "@/lib/i18n/get-messages";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { notify } from "@/lib/notifications/notify";

export type PhaseChange = { partnershipId: string; title: string; companyId: string; nonprofitId: string; toPhase: PartnershipPhase };

/**
 * Tells both organisations that their partnership entered a phase (and asks the check-in);
 * on completion, also that it is completed. The in-app notification stores the phase
 * name in Italian (params are plain text rendered as they are); each e-mail names the
 * phase in its recipient's language.
 */
export async function notifyPhaseChange(db: Database, change: PhaseChange): Promise<void> {
  if (change.toPhase === "DISCONTINUED") return;
  const link = `/workspace/partnerships/${change.partnershipId}`;
  const organizationIds = [change.companyId, change.nonprofitId];
  const kind = "partnership.phaseChanged";
  const paramsIn = (locale: "it" | "en") => ({ partnershipTitle: change.title, phase: getMessages(locale).phases[change.toPhase] });
  await notify(db, {
    organizationIds,
    kind,
    params: paramsIn("it"),
    link,
    email: (locale) => notificationEmail(kind, paramsIn(locale), link)(locale),
  });
  if (change.toPhase === "COMPLETED") {
    const params = { partnershipTitle: change.title };
    const completedLink = `${link}?tab=monitoring`;
    await notify(db, { organizationIds, kind: "partnership.completed", params, link: completedLink, email: notificationEmail("partnership.completed", params, completedLink) });
  }
}
