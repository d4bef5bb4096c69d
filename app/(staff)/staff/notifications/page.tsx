import type { Metadata } from "next";
import Link from "next/link";
import { NotificationList } from "@/components/notifications/notification-list";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.notifications.title };
}

type PageProps = { searchParams: Promise<{ outcome?: string }> };

export default async function StaffNotificationsPage({ searchParams }: PageProps) {
  const user = await requireStaff();
  const { locale, t } = await getRequestMessages();
  const [{ items, unread }, { outcome }] = await Promise.all([listNotifications(db, user, { locale }), searchParams]);
  return (
    <>
      <PageHeader title={t.notifications.title} lead={t.notifications.staffLead}>
        <Link href="/staff/notifications/preferences" className={buttonStyles.secondary}>
          {t.notificationPreferences.linkFromNotifications}
        </Link>
      </PageHeader>
      <NotificationList items={items} unread={unread} marked={outcome === "read"} locale={locale} t={t.notifications} markAllAction={markAllReadAction} emptyText={t.notifications.staffEmpty} />
    </>
  );
}
