import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, unauthorized } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { MembershipRole, OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";
import { recordRefusedAccess } from "@/lib/audit/security-events";
import { logger } from "@/lib/log/logger";
import { recordRefusedPartnership } from "@/lib/partnerships/access/record-refused-partnership";
import { authOptions } from "./auth-options";
import { clientIpFrom } from "./client-ip";
import { loadSessionUser } from "./load-session-user";
import type { SessionUser } from "./session-user";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";

// Every protected page, server action and route handler starts with one of these.
// proxy.ts only redirects early for visitors without a cookie; it is never the gate.

/** The signed-in user, re-read from the database once per request; null if none. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.claims) return null;
  return loadSessionUser(db, session.claims);
});

/** A signed-in user, or a 401 page ("log in again"). */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  return user;
}

/** A signed-in user refused for their role: recorded in the security log (bounded), then a 403 page. */
async function refuse(user: SessionUser, required: string): Promise<never> {
  await recordRefusedAccess(db, {
    actorId: user.id,
    targetType: "Role",
    targetId: required,
    required,
    ipAddress: clientIpFrom(await headers()),
  });
  forbidden();
}

export async function requireStaff(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "STAFF" && user.role !== "ADMIN") await refuse(user, "STAFF");
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") await refuse(user, "ADMIN");
  return user;
}

export type PartnerContext = {
  user: SessionUser;
  membershipRole: MembershipRole;
  organization: { id: string; name: string; kind: OrganizationKind; status: OrganizationStatus; comune: string };
};

/** A partner user with the organisation it acts for (the oldest membership). */
export const requirePartner = cache(async (): Promise<PartnerContext> => {
  const user = await requireUser();
  if (user.role !== "PARTNER") await refuse(user, "PARTNER");
  const membership = await db.membership.findFirst({
    where: { userId: user.id },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      organization: { select: { id: true, name: true, kind: true, status: true, comune: true } },
    },
  });
  if (!membership) forbidden();
  return { user, membershipRole: membership.role, organization: membership.organization };
});

/**
 * Anyone who may open partnership pages: a partner (acting for its organisation) or CSV
 * staff. Which partnership it may see is decided by requirePartnershipAccess() in lib.
 */
export async function requirePartnershipViewer(): Promise<PartnershipViewer> {
  const user = await requireUser();
  if (user.role === "STAFF" || user.role === "ADMIN") return { kind: "staff", userId: user.id, role: user.role };
  const partner = await requirePartner();
  return { kind: "partner", userId: user.id, organizationId: partner.organization.id };
}

/**
 * Called where a partnership was answered 404: a partner asking for another organisation's
 * partnership is recorded as a refused access (bounded per actor and target). The record
 * never turns the 404 into an error page: a failure is logged and the 404 stands.
 */
export async function reportRefusedPartnership(viewer: PartnershipViewer, partnershipId: unknown): Promise<void> {
  try {
    await recordRefusedPartnership(db, viewer, partnershipId, clientIpFrom(await headers()));
  } catch (error) {
    logger.error({ err: error }, "could not record a refused access");
  }
}
