import type { Database } from "@/lib/db/client";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";

/** The requests to end a partnership, newest first, with what the viewer may do about each. */
export async function getEndRequests(db: Database, viewer: PartnershipViewer, partnershipId: string) {
  const access = await requirePartnershipAccess(db, viewer, partnershipId);
  const rows = await db.partnershipEndRequest.findMany({
    where: { partnershipId: access.partnershipId, status: { not: "WITHDRAWN" } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, side: true, intent: true, reason: true, status: true, answer: true, answeredAt: true, createdAt: true, requestedBy: { select: { name: true } } },
  });
  const requests = rows.map(({ requestedBy, ...row }) => ({
    ...row,
    requesterName: requestedBy?.name ?? null,
    own: row.side === access.side,
    canWithdraw: row.status === "OPEN" && row.side === access.side && !access.closed,
    canAnswer: row.status === "OPEN" && access.isStaff && !access.closed,
  }));
  const ownOpen = requests.some((request) => request.own && request.status === "OPEN");
  return { requests, canRequest: access.side !== null && !access.closed && !ownOpen, closed: access.closed, side: access.side };
}

export type EndRequestsView = Awaited<ReturnType<typeof getEndRequests>>;
