import type { Metadata } from "next";
import { EmailRequestForm } from "@/components/signup/email-request-form";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { resendVerificationAction } from "@/lib/actions/signup/resend-verification";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.signup.checkEmail.title };
}

// Public: shown after signup, and to whoever needs the verification link again.
export default async function CheckEmailPage() {
  const { t } = await getRequestMessages();
  const texts = t.signup.checkEmail;
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold sm:text-4xl">{texts.title}</h1>
      <p className="mt-3 text-lg">{texts.lead}</p>
      <section aria-labelledby="next-title" className="mt-10">
        <h2 id="next-title" className="text-2xl font-bold">{texts.nextTitle}</h2>
        <ol className="mt-4 list-decimal space-y-2 pl-6">
          <li>{texts.step1}</li>
          <li>{texts.step2}</li>
          <li>{texts.step3}</li>
        </ol>
      </section>
      <section aria-labelledby="resend-title" className="mt-10 rounded-lg border border-line bg-surface p-6">
        <h2 id="resend-title" className="text-xl font-bold">{texts.resendTitle}</h2>
        <p className="mt-2 mb-5">{texts.resendLead}</p>
        <EmailRequestForm action={resendVerificationAction} doneMessage={texts.resendDone} submitLabel={texts.resendSubmit} submittingLabel={texts.resendSubmitting} t={t.signup} forms={t.forms} />
      </section>
    </div>
  );
}
