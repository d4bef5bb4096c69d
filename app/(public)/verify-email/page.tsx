import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/signup/email-request-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { verifyEmail, type VerifyEmailResult } from "@/lib/signup/verify-email";
import { resendVerificationAction } from "@/lib/actions/signup/resend-verification";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.signup.verify.title };
}

type VerifyEmailPageProps = { searchParams: Promise<{ token?: string | string[] }> };

type Outcome = VerifyEmailResult | "invalid" | "expired" | "missing";

async function verify(token: string | undefined): Promise<Outcome> {
  if (!token) return "missing";
  try {
    return await verifyEmail(db, { token });
  } catch (error) {
    if (error instanceof ValidationError) return error.message === "tokenExpired" ? "expired" : "invalid";
    throw error;
  }
}

// Public: the link of the verification e-mail is the credential. Following it confirms the
// address at once (a mail scanner that opens it first only confirms the same mailbox).
export default async function VerifyEmailPage({ searchParams }: VerifyEmailPageProps) {
  const [{ t }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const token = typeof params.token === "string" ? params.token.slice(0, 200) : undefined;
  const outcome = await verify(token);
  const texts = t.signup.verify;
  const succeeded = outcome === "verified" || outcome === "already-verified";
  const message =
    outcome === "verified" ? texts.verified
    : outcome === "already-verified" ? texts.alreadyVerified
    : outcome === "expired" ? texts.expired
    : outcome === "missing" ? texts.missing
    : texts.invalid;
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold sm:text-4xl">{texts.title}</h1>
      <div className="mt-6">
        <Notice tone={succeeded ? "success" : "error"}>{message}</Notice>
      </div>
      {succeeded ? (
        <p className="mt-8">
          <Link href="/login" className={buttonStyles.primary}>{texts.goToLogin}</Link>
        </p>
      ) : (
        <section aria-labelledby="resend-title" className="mt-10 rounded-lg border border-line bg-surface p-6">
          <h2 id="resend-title" className="text-xl font-bold">{t.signup.checkEmail.resendSubmit}</h2>
          <div className="mt-4">
            <EmailRequestForm action={resendVerificationAction} doneMessage={t.signup.checkEmail.resendDone} submitLabel={t.signup.checkEmail.resendSubmit} submittingLabel={t.signup.checkEmail.resendSubmitting} t={t.signup} forms={t.forms} />
          </div>
        </section>
      )}
    </div>
  );
}
