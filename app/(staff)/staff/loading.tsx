import { LoadingPanel } from "@/components/ui/loading-panel";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export default async function Loading() {
  const { t } = await getRequestMessages();
  return <LoadingPanel label={t.common.loading} />;
}
