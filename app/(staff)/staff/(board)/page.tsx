import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listBoardPartnerships } from "@/lib/partnerships/list-board-partnerships";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.staff.title };
}

export default async function StaffHomePage() {
  const staff = await requireStaff();
  const [{ locale, t }, columns] = await Promise.all([getRequestMessages(), listBoardPartnerships(db, staff)]);
  const total = columns.reduce((sum, column) => sum + column.partnerships.length, 0);
  return (
    <>
      <PageHeader title={t.staff.title} lead={t.staff.lead} />
      {total === 0 ? (
        <EmptyState>{t.staff.empty}</EmptyState>
      ) : (
        <div className="space-y-10">
          {columns.map((column) => (
            <section key={column.phase} aria-labelledby={`phase-${column.phase}`}>
              <h2 id={`phase-${column.phase}`} className="mb-3 text-xl font-bold">
                {t.phases[column.phase]} <span className="font-normal text-muted">({column.partnerships.length})</span>
              </h2>
              {column.partnerships.length === 0 ? (
                <EmptyState>{t.staff.phaseEmpty}</EmptyState>
              ) : (
                <div className="overflow-x-auto">
                  <table className="w-full min-w-[40rem] border-collapse text-left">
                    <thead>
                      <tr className="border-b-2 border-line">
                        <th scope="col" className="py-2 pr-4">{t.staff.partnerships}</th>
                        <th scope="col" className="py-2 pr-4">{t.staff.company}</th>
                        <th scope="col" className="py-2 pr-4">{t.staff.nonprofit}</th>
                        <th scope="col" className="py-2 pr-4">{t.staff.owner}</th>
                        <th scope="col" className="py-2">{t.workspace.since}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {column.partnerships.map((partnership) => (
                        <tr key={partnership.id} className="border-b border-line">
                          <td className="py-2 pr-4 font-semibold">{partnership.title}</td>
                          <td className="py-2 pr-4">{partnership.company.name}</td>
                          <td className="py-2 pr-4">{partnership.nonprofit.name}</td>
                          <td className="py-2 pr-4">{partnership.staffOwner?.name ?? t.staff.noOwner}</td>
                          <td className="py-2">{formatDate(partnership.phaseEnteredAt, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
