import type { Database } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";

type StoryNotice = "partnership.storyApprovalRequested" | "partnership.storyPublished";

/** Tells both organisations about their story, in-app and by e-mail, with a link to the communication tab. */
export async function notifyStory(db: Database, kind: StoryNotice, partnership: { id: string; title: string; companyId: string; nonprofitId: string }): Promise<void> {
  const link = `/workspace/partnerships/${partnership.id}?tab=communication`;
  const params = { partnershipTitle: partnership.title };
  await notify(db, { organizationIds: [partnership.companyId, partnership.nonprofitId], kind, params, link, email: notificationEmail(kind, params, link) });
}
