import type { Metadata } from "next";
import { EmailPreferencesView } from "@/components/notifications/email-preferences-view";
import { requirePartner } from "@/lib/auth/guards";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { getEmailPreferences } from "@/lib/notifications/get-email-preferences";
import { saveEmailPreferencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.notificationPreferences.title };
}

export default async function WorkspaceEmailPreferencesPage() {
  const { user } = await requirePartner();
  const { t } = await getRequestMessages();
  const preferences = await getEmailPreferences(db, user);
  return (
    <EmailPreferencesView
      preferences={preferences}
      action={saveEmailPreferencesAction}
      notificationsPath="/workspace/notifications"
      digestTime={serverConfig().digestTime}
      t={t}
    />
  );
}
