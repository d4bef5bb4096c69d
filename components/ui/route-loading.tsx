import { getRequestMessages } from "@/lib/i18n/request-locale";
import { LoadingPanel } from "./loading-panel";

/**
 * The loading state of a list page. Pages that look a record up by id have none on
 * purpose: a loading boundary above them starts the response early with status 200, and
 * an unknown or foreign id must answer 404.
 */
export default async function RouteLoading() {
  const { t } = await getRequestMessages();
  return <LoadingPanel label={t.common.loading} />;
}
