import { StatusPage } from "@/components/ui/status-page";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export default async function Unauthorized() {
  const { t } = await getRequestMessages();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4">
      <StatusPage title={t.errors.unauthorizedTitle} message={t.login.sessionEnded} action={{ href: "/login", label: t.common.login }} />
    </main>
  );
}
