import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.account.deletedTitle };
}

// Public: after the deletion there is no account left to show anything to.
export default async function AccountDeletedPage() {
  const { t } = await getRequestMessages();
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold sm:text-4xl">{t.account.deletedTitle}</h1>
      <div className="mt-6"><Notice tone="success">{t.account.deletedText}</Notice></div>
      <p className="mt-8"><Link href="/" className="text-primary underline underline-offset-4">{t.common.backHome}</Link></p>
    </div>
  );
}
