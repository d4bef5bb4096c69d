import type { Metadata } from "next";
import Link from "next/link";
import { DirectoryResults } from "@/components/directory/directory-results";
import { DirectorySearchForm } from "@/components/directory/directory-search-form";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePartner } from "@/lib/auth/guards";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { COMPANY_RESOURCE_CODES, NONPROFIT_RESOURCE_CODES } from "@/lib/profiles/vocabulary";
import { runDirectorySearch } from "@/app/_directory/run-directory-search";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.directory.title };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = "/workspace/directory";

export default async function DirectoryPage({ searchParams }: PageProps) {
  const partner = await requirePartner();
  const [{ locale, t }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const { values, errors, result, pageHref } = await runDirectorySearch(PATH, params, { type: "partner", ...partner }, locale);
  const d = t.directory;
  // A company reads nonprofits (they offer what nonprofits give, need what companies give), and the reverse.
  const readsNonprofits = partner.organization.kind === "COMPANY";
  const [offerCodes, needCodes] = readsNonprofits ? [NONPROFIT_RESOURCE_CODES, COMPANY_RESOURCE_CODES] : [COMPANY_RESOURCE_CODES, NONPROFIT_RESOURCE_CODES];

  if (result?.state === "not-active") {
    return (
      <>
        <PageHeader title={d.title} />
        <EmptyState>{format(d.notActive, { status: t.organizationStatuses[result.status] })}</EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={d.title} lead={readsNonprofits ? d.leadCompany : d.leadNonprofit} />
      <DirectorySearchForm action={PATH} values={values} errors={errors} offerCodes={offerCodes} needCodes={needCodes} staff={false} locale={locale} t={t} />
      {result === null ? (
        <Notice tone="error">{d.invalidSearch}</Notice>
      ) : (
        <DirectoryResults
          items={result.items}
          total={result.total}
          page={result.page}
          pageCount={result.pageCount}
          sortNote={
            result.sortedByFit ? (
              d.sortedByFit
            ) : (
              <>
                {d.sortedByNameNoProfile} <Link href="/workspace/profile" className="underline">{d.completeProfile}</Link>
              </>
            )
          }
          profileHref={(id) => `/workspace/organizations/${id}`}
          pageHref={pageHref}
          t={t}
        />
      )}
    </>
  );
}
