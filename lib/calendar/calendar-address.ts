import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { serverConfig } from "@/lib/config/server-config";
import type { Database } from "@/lib/db/client";

// A calendar app fetches the feed on its own, without a session: the address carries a
// random token instead (32 bytes, like Google Calendar's "secret address"). It is kept in
// clear because its owner must be able to read it again at any time; it only opens a
// read-only list of dates, and renewing it makes the old address stop working at once.

/** The path of a person's calendar feed; with a partnership, only that partnership's dates. */
export function calendarFeedPath(token: string, partnershipId?: string): string {
  const query = new URLSearchParams({ token });
  if (partnershipId) query.set("partnership", partnershipId);
  return `/calendar.ics?${query.toString()}`;
}

/** The full https:// address, and the webcal:// one that calendar apps open as a subscription. */
export function calendarFeedUrls(token: string, partnershipId?: string) {
  const https = `${serverConfig().siteUrl}${calendarFeedPath(token, partnershipId)}`;
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}

/** The person's current calendar token, or null before they first asked for one. */
export async function getCalendarToken(db: Database, userId: string): Promise<string | null> {
  const feed = await db.calendarFeed.findUnique({ where: { userId }, select: { token: true } });
  return feed?.token ?? null;
}

/** Creates the person's calendar address, or replaces it (the old one stops working). */
export async function renewCalendarToken(db: Database, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.calendarFeed.upsert({ where: { userId }, create: { userId, token }, update: { token, createdAt: new Date() } });
    await recordAudit(tx, { actorId: userId, action: "calendar.address-renewed", targetType: "User", targetId: userId });
  });
  return token;
}
