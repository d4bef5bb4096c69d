import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/button-styles";
import { listSecurityEvents, securityEventFiltersSchema } from "@/lib/audit/list-security-events";
import { SECURITY_EVENTS } from "@/lib/audit/security-events";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.security.title };
}

type SecurityPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const text = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);

export default async function SecurityPage({ searchParams }: SecurityPageProps) {
  const staff = await requireStaff();
  const params = await searchParams;
  const raw = { action: text(params.action), userId: text(params.userId), from: text(params.from), to: text(params.to) };
  const parsed = securityEventFiltersSchema.safeParse(raw);
  const [{ locale, t }, events] = await Promise.all([
    getRequestMessages(),
    parsed.success ? listSecurityEvents(db, staff, parsed.data) : Promise.resolve([]),
  ]);
  const s = t.security;
  const when = new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Rome" });
  return (
    <>
      <PageHeader title={s.title} lead={s.lead} />
      <form method="get" aria-label={s.filters} className="mb-6 flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1">
          {s.event}
          <select name="action" defaultValue={raw.action ?? ""} className="rounded border border-line px-2 py-1">
            <option value="">{s.anyEvent}</option>
            {SECURITY_EVENTS.map((action) => (
              <option key={action} value={action}>{s.events[action]}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {s.user}
          <input name="userId" defaultValue={raw.userId ?? ""} maxLength={64} className="rounded border border-line px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          {s.from}
          <input type="date" name="from" defaultValue={raw.from ?? ""} className="rounded border border-line px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          {s.to}
          <input type="date" name="to" defaultValue={raw.to ?? ""} className="rounded border border-line px-2 py-1" />
        </label>
        <button type="submit" className={buttonStyles.secondary}>{s.apply}</button>
      </form>
      {!parsed.success ? (
        <Notice tone="error">{s.invalidFilters}</Notice>
      ) : events.length === 0 ? (
        <EmptyState>{s.empty}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{s.time}</th>
                <th scope="col">{s.event}</th>
                <th scope="col">{s.actor}</th>
                <th scope="col">{s.target}</th>
                <th scope="col">{s.address}</th>
                <th scope="col">{s.detail}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} className="border-t border-line">
                  <td>{when.format(event.createdAt)}</td>
                  <td>{s.events[event.action as keyof typeof s.events] ?? event.action}</td>
                  <td>{event.actor?.email ?? event.actorId ?? s.nobody}</td>
                  <td>{event.targetType === "User" ? event.targetId || s.nobody : `${event.targetType} ${event.targetId}`}</td>
                  <td>{event.ipAddress ?? ""}</td>
                  <td>{event.after && typeof event.after === "object" && "email" in event.after ? String(event.after.email) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
