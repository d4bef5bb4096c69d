import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requireAdmin, requirePartner, requirePartnershipViewer, requireStaff, requireUser, type PartnerContext } from "@/lib/auth/guards";
import type { SessionUser } from "@/lib/auth/session-user";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import type { Locale } from "@/lib/i18n/locales";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";

/** Someone not (necessarily) signed in: public forms are limited per address and speak the visitor's language. */
export type Visitor = { ip: string; locale: Locale };

/** Who may call an action, and what the action's service receives for each. */
export type Callers = {
  visitor: Visitor;
  user: SessionUser;
  partner: PartnerContext;
  staff: SessionUser;
  admin: SessionUser;
  /** A partner of either party or CSV staff: which partnership it may touch is checked per input. */
  partnershipViewer: PartnershipViewer;
};

export type CallerKind = keyof Callers;

export async function currentVisitor(): Promise<Visitor> {
  return { ip: clientIpFrom(await headers()), locale: await getRequestLocale() };
}

/**
 * The caller, through the guards: a visitor without the right session gets the 401 or 403
 * page (Next's unauthorized()/forbidden()), never a result.
 */
export async function resolveCaller<K extends CallerKind>(kind: K): Promise<Callers[K]> {
  const resolvers: { [C in CallerKind]: () => Promise<Callers[C]> } = {
    visitor: currentVisitor,
    user: requireUser,
    partner: requirePartner,
    staff: requireStaff,
    admin: requireAdmin,
    partnershipViewer: requirePartnershipViewer,
  };
  return resolvers[kind]() as Promise<Callers[K]>;
}
