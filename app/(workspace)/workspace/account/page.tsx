import type { Metadata } from "next";
import { AccountSections } from "@/components/account/account-sections";
import { getAccount } from "@/lib/account/get-account";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.account.title };
}

export default async function WorkspaceAccountPage() {
  const partner = await requirePartner();
  const [{ t, locale }, account] = await Promise.all([getRequestMessages(), getAccount(db, partner.user)]);
  return <AccountSections account={account} area="workspace" t={t} locale={locale} />;
}
