import { StatusPage } from "@/components/ui/status-page";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export default async function Forbidden() {
  const { t } = await getRequestMessages();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4">
      <StatusPage title={t.errors.forbiddenTitle} message={t.errors.forbidden} action={{ href: "/start", label: t.common.backHome }} />
    </main>
  );
}
