import type { Database } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { enforceWriteLimits, MESSAGES_PER_ORGANIZATION, MESSAGES_PER_USER } from "@/lib/rate-limit/write-limits";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import type { PostMessageInput } from "./message-schemas";

const EXCERPT_LENGTH = 140;

/**
 * Posts a message to the partnership's thread. Still possible once the partnership is
 * closed (the parties may need to talk about the report or a renewal). Told: the other
 * side's members (both sides when staff write) and the CSV owner — or every staff member
 * when nobody owns it — never the author. Limited per author and per organisation
 * (lib/rate-limit/write-limits.ts): each message is e-mailed.
 */
export async function postPartnershipMessage(db: Database, viewer: PartnershipViewer, input: PostMessageInput, now = new Date()) {
  await enforceWriteLimits(db, [
    { key: `message:user:${viewer.userId}`, window: MESSAGES_PER_USER },
    ...(viewer.kind === "partner" ? [{ key: `message:org:${viewer.organizationId}`, window: MESSAGES_PER_ORGANIZATION }] : []),
  ]);
  const result = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    const message = await tx.partnershipMessage.create({
      data: { partnershipId: access.partnershipId, authorId: viewer.userId, body: input.body, createdAt: now },
      select: { id: true, author: { select: { name: true } }, partnership: { select: { title: true, staffOwnerId: true } } },
    });
    await touchPartnership(tx, access.partnershipId, now);
    const partnerOrganizations = access.side === "COMPANY" ? [access.nonprofitId] : access.side === "NONPROFIT" ? [access.companyId] : [access.companyId, access.nonprofitId];
    const partnerIds = (
      await tx.membership.findMany({ where: { organizationId: { in: partnerOrganizations } }, select: { userId: true } })
    ).map((row) => row.userId);
    const staffIds = message.partnership.staffOwnerId
      ? [message.partnership.staffOwnerId]
      : (await tx.user.findMany({ where: { role: { in: ["STAFF", "ADMIN"] }, disabled: false }, select: { id: true } })).map((row) => row.id);
    return { access, message, partnerIds: partnerIds.filter((id) => id !== viewer.userId), staffIds: staffIds.filter((id) => id !== viewer.userId) };
  });
  const { access, message } = result;
  const excerpt = input.body.length > EXCERPT_LENGTH ? `${input.body.slice(0, EXCERPT_LENGTH - 1)}…` : input.body;
  const params = { partnershipTitle: message.partnership.title, authorName: message.author?.name ?? "", excerpt };
  for (const [userIds, link] of [
    [result.partnerIds, `/workspace/partnerships/${access.partnershipId}?tab=messages`],
    [result.staffIds, `/staff/partnerships/${access.partnershipId}?tab=messages`],
  ] as const) {
    if (userIds.length === 0) continue;
    await notify(db, { userIds: [...userIds], kind: "partnership.message", params, link, email: notificationEmail("partnership.message", params, link) });
  }
  return { id: message.id };
}
