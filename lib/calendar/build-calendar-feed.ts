import { createEvents } from "ics";
import { serverConfig } from "@/lib/config/server-config";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import { isLocale } from "@/lib/i18n/locales";
import { CHECKLIST_TEMPLATES } from "@/lib/partnerships/checklist-templates";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import { partnershipEvents, type CalendarPartnership } from "./calendar-events";

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const CLOSED: PartnershipPhase[] = ["COMPLETED", "DISCONTINUED"];

/**
 * The iCalendar feed behind a calendar address: every open partnership of the token's owner
 * (a partner's organisation's; for staff, those they follow as CSV contact), or one
 * partnership the owner may see. Who may see what is decided now, not when the address was
 * made: a person who left the organisation or was disabled gets nothing. A wrong token, a
 * partnership the owner may not see: NotFoundError, alike.
 */
export async function buildCalendarFeed(db: Database, input: { token: string; partnershipId?: string }): Promise<string> {
  if (!TOKEN_SHAPE.test(input.token)) throw new NotFoundError("Calendar not found.");
  if (input.partnershipId !== undefined && !isPlausibleId(input.partnershipId)) throw new NotFoundError("Calendar not found.");
  const feed = await db.calendarFeed.findUnique({
    where: { token: input.token },
    select: { user: { select: { id: true, role: true, locale: true, disabled: true, memberships: { orderBy: { createdAt: "asc" }, take: 1, select: { organizationId: true } } } } },
  });
  const user = feed?.user;
  if (!user || user.disabled) throw new NotFoundError("Calendar not found.");
  const isStaff = user.role === "STAFF" || user.role === "ADMIN";
  const organizationId = user.memberships[0]?.organizationId;
  if (!isStaff && !organizationId) throw new NotFoundError("Calendar not found.");

  const scope: Prisma.PartnershipWhereInput = isStaff ? {} : { OR: [{ companyId: organizationId }, { nonprofitId: organizationId }] };
  const where: Prisma.PartnershipWhereInput = input.partnershipId
    ? { ...scope, id: input.partnershipId }
    : { ...scope, phase: { notIn: CLOSED }, ...(isStaff ? { staffOwnerId: user.id } : {}) };
  const rows = await db.partnership.findMany({
    where,
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      title: true,
      companyId: true,
      checklistItems: { where: { dueDate: { not: null }, doneAt: null }, select: { id: true, phase: true, templateKey: true, text: true, dueDate: true } },
      activities: { select: { id: true, kind: true, title: true, description: true, startsOn: true, dueOn: true, doneAt: true } },
      checkIns: { where: { answeredAt: null }, select: { id: true, side: true, requestedAt: true } },
    },
  });
  if (input.partnershipId && rows.length === 0) throw new NotFoundError("Calendar not found.");

  const locale = isLocale(user.locale) ? user.locale : "it";
  const t = getMessages(locale).calendar;
  const site = serverConfig().siteUrl;
  const events = rows.flatMap((row) => {
    const side = isStaff ? null : row.companyId === organizationId ? "COMPANY" : "NONPROFIT";
    const partnership: CalendarPartnership = {
      id: row.id,
      title: row.title,
      url: `${site}${isStaff ? "/staff" : "/workspace"}/partnerships/${row.id}`,
      checklist: row.checklistItems.map((item) => ({ id: item.id, text: item.templateKey ? templateText(item.phase, item.templateKey, locale) : (item.text ?? ""), dueDate: item.dueDate! })),
      activities: row.activities,
      // A partner is asked only its own side's check-in; staff follow both.
      checkIns: row.checkIns.filter((checkIn) => side === null || checkIn.side === side),
    };
    return partnershipEvents(partnership, t.events);
  });
  const calName = input.partnershipId ? format(t.partnershipCalendarName, { title: rows[0]!.title }) : t.personalCalendarName;
  const { error, value } = createEvents(events, { productId: "-//CSV Pavia//Insieme//IT", calName });
  if (error || !value) throw error ?? new Error("The calendar could not be written.");
  return value;
}

function templateText(phase: PartnershipPhase, key: string, locale: "it" | "en"): string {
  if (CLOSED.includes(phase)) return key;
  return CHECKLIST_TEMPLATES[phase as keyof typeof CHECKLIST_TEMPLATES].find((item) => item.key === key)?.[locale] ?? key;
}
