import type { Metadata } from "next";
import { AccountSections } from "@/components/account/account-sections";
import { getAccount } from "@/lib/account/get-account";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.account.title };
}

export default async function StaffAccountPage() {
  const staff = await requireStaff();
  const [{ t, locale }, account] = await Promise.all([getRequestMessages(), getAccount(db, staff)]);
  return <AccountSections account={account} area="staff" t={t} locale={locale} />;
}
