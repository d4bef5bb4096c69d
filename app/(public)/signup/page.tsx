import type { Metadata } from "next";
import Link from "next/link";
import { KindChoice } from "@/components/signup/kind-choice";
import { SignupForm } from "@/components/signup/signup-form";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { PRIVACY_NOTICE_VERSION } from "@/lib/signup/constants";
import { requestToJoinAction, signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.signup.title };
}

const KINDS = { company: "COMPANY", nonprofit: "NONPROFIT" } as const;

type SignupPageProps = { searchParams: Promise<{ kind?: string | string[] }> };

// Public: anyone may sign up (the service limits signups per address).
export default async function SignupPage({ searchParams }: SignupPageProps) {
  const [{ t }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const requested = typeof params.kind === "string" ? params.kind : undefined;
  const kind = requested && requested in KINDS ? KINDS[requested as keyof typeof KINDS] : undefined;
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold sm:text-4xl">{t.signup.title}</h1>
      <p className="mt-3 text-lg text-muted">{t.signup.lead}</p>
      <div className="mt-8">
        {kind ? (
          <>
            <p className="mb-8 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md bg-primary-soft p-4">
              <span className="font-semibold">{format(t.signup.signingUpAs, { kind: t.organizationKinds[kind] })}</span>
              <Link href="/signup">{t.signup.changeKind}</Link>
            </p>
            <SignupForm key={kind} action={signUpAction} kind={kind} privacyVersion={PRIVACY_NOTICE_VERSION} t={t.signup} forms={t.forms} joinAction={requestToJoinAction} join={t.members.join} />
          </>
        ) : (
          <KindChoice t={t.signup} />
        )}
      </div>
      <p className="mt-10 border-t border-line pt-6">
        {t.signup.alreadyRegistered} <Link href="/login">{t.common.login}</Link>
      </p>
    </div>
  );
}
