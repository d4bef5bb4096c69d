import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/signup/email-request-form";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.signup.forgot.title };
}

// Public: whoever forgot the password cannot log in.
export default async function ForgotPasswordPage() {
  const { t } = await getRequestMessages();
  const texts = t.signup.forgot;
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">{texts.title}</h1>
      <p className="mt-2 mb-8 text-muted">{texts.lead}</p>
      <EmailRequestForm action={requestPasswordResetAction} doneMessage={texts.done} submitLabel={texts.submit} submittingLabel={texts.submitting} t={t.signup} forms={t.forms} />
      <p className="mt-8">
        <Link href="/login">{texts.backToLogin}</Link>
      </p>
    </div>
  );
}
