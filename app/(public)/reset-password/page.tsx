import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/signup/reset-password-form";
import { Notice } from "@/components/ui/notice";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { resetPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.signup.reset.title };
}

type ResetPasswordPageProps = { searchParams: Promise<{ token?: string | string[] }> };

// Public: the token of the e-mail link is the credential, checked when the form is sent.
export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const [{ t }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const token = typeof params.token === "string" ? params.token.slice(0, 200) : "";
  const texts = t.signup.reset;
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">{texts.title}</h1>
      <p className="mt-2 mb-8 text-muted">{texts.lead}</p>
      {token ? (
        <ResetPasswordForm action={resetPasswordAction} token={token} t={t.signup} forms={t.forms} loginLabel={t.common.login} />
      ) : (
        <Notice tone="error">
          {texts.invalid} <Link href="/forgot-password">{texts.requestNew}</Link>
        </Notice>
      )}
    </div>
  );
}
