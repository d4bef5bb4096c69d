import type { Metadata } from "next";
import Link from "next/link";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listOutbox } from "@/lib/mail/list-outbox";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.outbox.title };
}

type OutboxPageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function OutboxPage({ searchParams }: OutboxPageProps) {
  const staff = await requireStaff();
  const params = await searchParams;
  const requestedPage = typeof params.page === "string" ? Number.parseInt(params.page, 10) : 1;
  const [{ locale, t }, outbox] = await Promise.all([getRequestMessages(), listOutbox(db, staff, { page: requestedPage })]);
  const smtpConfigured = Boolean(process.env.SMTP_URL);
  return (
    <>
      <PageHeader title={t.outbox.title} lead={t.outbox.lead} />
      <div className="mb-6">
        <Notice tone="info">{smtpConfigured ? t.outbox.alsoSmtp : t.outbox.onlyOutbox}</Notice>
      </div>
      {outbox.total === 0 ? (
        <EmptyState>{t.outbox.empty}</EmptyState>
      ) : (
        <>
          <p className="mb-4 text-muted">{format(t.outbox.total, { count: outbox.total, page: outbox.page, pages: outbox.pageCount })}</p>
          <OutboxTable items={outbox.items} locale={locale} t={t.outbox} />
          {outbox.pageCount > 1 ? (
            <nav aria-label={t.outbox.pagination} className="mt-8 flex flex-wrap justify-between gap-3">
              {outbox.page > 1 ? (
                <Link href={`/staff/outbox?page=${outbox.page - 1}`} className={buttonStyles.secondary}>← {t.outbox.previous}</Link>
              ) : <span />}
              {outbox.page < outbox.pageCount ? (
                <Link href={`/staff/outbox?page=${outbox.page + 1}`} className={buttonStyles.secondary}>{t.outbox.next} →</Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
