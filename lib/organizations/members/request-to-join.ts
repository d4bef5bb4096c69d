import type { Database } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { notify } from "@/lib/notifications/notify";
import { limitEmailRequests } from "@/lib/signup/rate-limit";
import { requestToJoinSchema, type RequestToJoinInput } from "./member-schemas";

/**
 * Someone whose organisation is already signed up asks its owners to invite them. The
 * owners get a notification and an e-mail with the name and address to invite; nothing
 * else happens until an owner sends the invitation.
 *
 * The answer is the same whatever happens (no such tax code, already a member, owners
 * told), so it reveals nothing the signup form does not already say: signup says that a
 * tax code is registered (tax codes are public), never who belongs to it.
 *
 * @throws RateLimitedError too many requests from this address or for this e-mail
 */
export async function requestToJoin(db: Database, visitor: { ip: string; locale: Locale }, rawInput: RequestToJoinInput): Promise<void> {
  const input = requestToJoinSchema.parse(rawInput);
  await limitEmailRequests(db, "join", visitor.ip, input.email);
  const organization = await db.organization.findUnique({
    where: { taxCode: input.taxCode },
    select: {
      id: true,
      name: true,
      memberships: { where: { role: "OWNER" }, select: { userId: true } },
    },
  });
  if (!organization) return;
  const alreadyIn = await db.membership.findFirst({ where: { organizationId: organization.id, user: { email: input.email } }, select: { id: true } });
  if (alreadyIn) return;
  const params = { name: input.name, email: input.email, organizationName: organization.name };
  const link = `/workspace/organization/members?invite=${encodeURIComponent(input.email)}`;
  await notify(db, {
    userIds: organization.memberships.map((owner) => owner.userId),
    kind: "membership.join-requested",
    params,
    link,
    email: notificationEmail("membership.join-requested", params, link),
  });
}
