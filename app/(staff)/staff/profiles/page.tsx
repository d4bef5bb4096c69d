import type { Metadata } from "next";
import { ImportForm } from "@/components/review/import-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { importProfilesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.exchange.title };
}

export default async function ProfilesExchangePage() {
  await requireStaff();
  const { t } = await getRequestMessages();
  const x = t.exchange;
  return (
    <>
      <PageHeader title={x.title} lead={x.lead} />
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="export-title" className="rounded-lg border border-line bg-white p-5">
          <h2 id="export-title" className="text-2xl font-bold">{x.exportTitle}</h2>
          <p className="mt-2 mb-4 text-muted">{x.exportText}</p>
          {/* A plain link: the route handler answers with a file download. */}
          <a href="/staff/profiles/export" className={buttonStyles.secondary} download>{x.exportLink}</a>
        </section>
        <section aria-labelledby="import-title" className="rounded-lg border border-line bg-white p-5">
          <h2 id="import-title" className="text-2xl font-bold">{x.importTitle}</h2>
          <p className="mt-2 mb-4 text-muted">{x.importText}</p>
          <ImportForm action={importProfilesAction} forms={t.forms} texts={{ file: x.file, submit: x.submit, importing: x.importing, success: x.success, errorsTitle: x.errorsTitle, fileMissing: x.fileMissing, fileTooLarge: x.fileTooLarge }} />
        </section>
      </div>
    </>
  );
}
