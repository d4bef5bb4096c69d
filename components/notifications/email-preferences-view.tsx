import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import type { FormServerAction } from "@/components/ui/form";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { EmailPreferencesInput } from "@/lib/notifications/email-preferences-schema";
import { EmailPreferencesForm } from "./email-preferences-form";

type Props = {
  preferences: EmailPreferencesInput;
  action: FormServerAction;
  notificationsPath: string;
  digestTime: string;
  t: Messages;
};

/** The body of both e-mail preferences pages (workspace and staff). */
export function EmailPreferencesView({ preferences, action, notificationsPath, digestTime, t }: Props) {
  const text = t.notificationPreferences;
  return (
    <>
      <PageHeader title={text.title} lead={text.lead}>
        <Link href={notificationsPath} className="font-semibold underline">
          {text.backToNotifications}
        </Link>
      </PageHeader>
      <div className="max-w-3xl space-y-4">
        <p>{format(text.digestTime, { time: digestTime })}</p>
        <p className="text-muted">{text.alwaysSent}</p>
        <EmailPreferencesForm preferences={preferences} action={action} t={text} forms={t.forms} />
      </div>
    </>
  );
}
