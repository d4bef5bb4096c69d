import type { Metadata } from "next";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { confirmEmailChange } from "@/lib/account/confirm-email-change";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.account.confirmEmail.title };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };
type Outcome = { kind: "confirmed"; email: string } | { kind: "invalid" | "expired" | "taken" | "missing" };

async function confirm(token: string | undefined): Promise<Outcome> {
  if (!token) return { kind: "missing" };
  try {
    return { kind: "confirmed", ...(await confirmEmailChange(db, { token })) };
  } catch (error) {
    if (error instanceof ValidationError) {
      return { kind: error.message === "tokenExpired" ? "expired" : error.message === "emailTaken" ? "taken" : "invalid" };
    }
    throw error;
  }
}

// Public: the link sent to the new address is the credential, whoever's browser opens it.
// Following it makes the change (as the verification link does), so it proves the inbox.
export default async function ConfirmEmailPage({ searchParams }: Props) {
  const [{ t }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const token = typeof params.token === "string" ? params.token.slice(0, 200) : undefined;
  const outcome = await confirm(token);
  const texts = t.account.confirmEmail;
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold sm:text-4xl">{texts.title}</h1>
      <div className="mt-6">
        {outcome.kind === "confirmed" ? <Notice tone="success">{format(texts.confirmed, { email: outcome.email })}</Notice> : <Notice tone="error">{texts[outcome.kind]}</Notice>}
      </div>
      <p className="mt-8">
        <Link href="/login" className={buttonStyles.primary}>{texts.goToLogin}</Link>
      </p>
    </div>
  );
}
