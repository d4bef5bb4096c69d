import type { Metadata } from "next";
import { loadPartnershipPage, partnershipPageMetadata } from "@/app/partnerships/load-partnership-page";
import { PartnershipView } from "@/components/partnership/partnership-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return partnershipPageMetadata((await params).id);
}

export default async function PartnershipPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { access, overview, t, locale, tab } = await loadPartnershipPage(id, (await searchParams).tab);
  return <PartnershipView overview={overview} access={access} tab={tab} t={t} locale={locale} basePath={`/workspace/partnerships/${id}`} />;
}
