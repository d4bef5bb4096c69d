import type { Metadata } from "next";
import Link from "next/link";
import { OutboxFilterForm } from "@/components/outbox/outbox-filter-form";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listOutbox } from "@/lib/mail/list-outbox";
import type { OutboxQuery } from "@/lib/mail/outbox-query";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/mail/retry-delay";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.outbox.title };
}

type OutboxPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(query: OutboxQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  params.set("page", String(page));
  return `/staff/outbox?${params.toString()}`;
}

export default async function OutboxPage({ searchParams }: OutboxPageProps) {
  const staff = await requireStaff();
  const params = await searchParams;
  const [{ locale, t }, outbox] = await Promise.all([
    getRequestMessages(),
    listOutbox(db, staff, { q: params.q, status: params.status, page: params.page }),
  ]);
  const smtpConfigured = Boolean(serverConfig().smtpUrl);
  const filtered = Boolean(outbox.query.q || outbox.query.status);
  return (
    <>
      <PageHeader title={t.outbox.title} lead={t.outbox.lead} />
      <div className="mb-6">
        <Notice tone="info">{smtpConfigured ? format(t.outbox.alsoSmtp, { max: MAX_DELIVERY_ATTEMPTS }) : t.outbox.onlyOutbox}</Notice>
      </div>
      <OutboxFilterForm query={outbox.query} t={t.outbox} />
      {outbox.total === 0 ? (
        <EmptyState>{filtered ? t.outbox.noMatch : t.outbox.empty}</EmptyState>
      ) : (
        <>
          <p className="mb-4 text-muted">{format(t.outbox.total, { count: outbox.total, page: outbox.page, pages: outbox.pageCount })}</p>
          <OutboxTable items={outbox.items} locale={locale} t={t.outbox} />
          {outbox.pageCount > 1 ? (
            <nav aria-label={t.outbox.pagination} className="mt-8 flex flex-wrap justify-between gap-3">
              {outbox.page > 1 ? (
                <Link href={pageHref(outbox.query, outbox.page - 1)} className={buttonStyles.secondary}>← {t.outbox.previous}</Link>
              ) : <span />}
              {outbox.page < outbox.pageCount ? (
                <Link href={pageHref(outbox.query, outbox.page + 1)} className={buttonStyles.secondary}>{t.outbox.next} →</Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
