import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";
import { Notice } from "@/components/ui/notice";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.login.title };
}

type LoginPageProps = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const [{ t }, params, requestHeaders] = await Promise.all([getRequestMessages(), searchParams, headers()]);
  const origin = `http://${requestHeaders.get("host") ?? "localhost"}`;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, origin, "/start");
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">{t.login.title}</h1>
      <p className="mt-2 mb-8 text-muted">{t.login.lead}</p>
      {params.error === "TooManyAttempts" ? (
        <div className="mb-6">
          <Notice tone="error">{t.login.tooManyAttempts}</Notice>
        </div>
      ) : null}
      <LoginForm t={{ login: t.login, validation: t.validation }} callbackUrl={callbackUrl} />
      <p className="mt-6">
        <Link href="/forgot-password">{t.login.forgotPassword}</Link>
      </p>
      <p className="mt-8 border-t border-line pt-6">
        {t.login.noAccount} <Link href="/signup">{t.login.signUp}</Link>
      </p>
    </div>
  );
}
