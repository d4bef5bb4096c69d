import { getRequestMessages } from "@/lib/i18n/request-locale";
import { StatusPage } from "./status-page";

/** The not-found message, inside whatever <main> the surrounding layout provides. */
export async function NotFoundBody() {
  const { t } = await getRequestMessages();
  return <StatusPage title={t.errors.notFoundTitle} message={t.errors.notFound} action={{ href: "/", label: t.common.backHome }} />;
}
