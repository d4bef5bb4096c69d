import { StatusPage } from "@/components/ui/status-page";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export default async function NotFound() {
  const { t } = await getRequestMessages();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4">
      <StatusPage title={t.errors.notFoundTitle} message={t.errors.notFound} action={{ href: "/", label: t.common.backHome }} />
    </main>
  );
}
