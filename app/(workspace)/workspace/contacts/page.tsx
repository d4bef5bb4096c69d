import type { Metadata } from "next";
import { ContactDetailsForm } from "@/components/organization/contact-details-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { getContactDetails } from "@/lib/organizations/get-contact-details";
import { saveContactDetailsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.workspace.contactsTitle };
}

export default async function ContactsPage() {
  const partner = await requirePartner();
  const [{ t }, contacts] = await Promise.all([getRequestMessages(), getContactDetails(db, partner)]);
  return (
    <>
      <PageHeader title={t.workspace.contactsTitle} lead={t.workspace.contactsLead} />
      <ContactDetailsForm t={t.workspace} defaults={contacts} action={saveContactDetailsAction} forms={t.forms} />
    </>
  );
}
