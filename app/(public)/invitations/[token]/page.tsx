import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { ActionButton } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { getCurrentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { findInvitationByToken, type InvitationView } from "@/lib/organizations/members/find-invitation-by-token";
import { PRIVACY_NOTICE_VERSION } from "@/lib/signup/constants";
import { acceptWithAccountAction, acceptWithNewAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.members.accept.title };
}

type InvitationPageProps = { params: Promise<{ token: string }> };

async function openInvitation(token: string): Promise<InvitationView | null> {
  if (token.length < 20 || token.length > 128) return null;
  try {
    return await findInvitationByToken(db, token);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

const REFUSALS = { expired: "invitationExpired", accepted: "invitationUsed", revoked: "invitationRevoked" } as const;

// Public: whoever holds the link sees what it offers; accepting is bound to its address in lib.
export default async function InvitationPage({ params }: InvitationPageProps) {
  const [{ t }, { token }, user] = await Promise.all([getRequestMessages(), params, getCurrentUser()]);
  const invitation = await openInvitation(token);
  const a = t.members.accept;
  const errors = t.members.errors;
  if (!invitation || invitation.state !== "pending") {
    return (
      <div className="mx-auto max-w-2xl px-4 py-12">
        <h1 className="text-3xl font-bold sm:text-4xl">{a.invalidTitle}</h1>
        <div className="mt-6">
          <Notice tone="error">{invitation ? errors[REFUSALS[invitation.state as keyof typeof REFUSALS]] : errors.invitationInvalid}</Notice>
        </div>
      </div>
    );
  }
  const lead = invitation.organizationName
    ? format(a.organizationLead, { organization: invitation.organizationName, role: t.members.roles[invitation.role] })
    : format(a.staffLead, { role: t.members.roles[invitation.role] });
  const ownAddress = user?.email.toLowerCase() === invitation.email;
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold sm:text-4xl">{a.title}</h1>
      <p className="mt-3 text-lg">{lead}</p>
      <p className="mt-2 text-muted">{format(a.forEmail, { email: invitation.email })}</p>
      <div className="mt-8">
        {user && ownAddress ? (
          <>
            <p className="mb-4">{format(a.signedInAs, { email: user.email })}</p>
            <ActionButton action={acceptWithAccountAction} fields={{ token }} label={a.join} pendingLabel={a.joining} variant="primary" catalogues={[errors, t.forms]} />
          </>
        ) : user ? (
          <Notice tone="warning">{format(a.wrongAccount, { email: user.email })}</Notice>
        ) : invitation.accountExists ? (
          <section aria-labelledby="existing-heading">
            <h2 id="existing-heading" className="text-xl font-bold">{a.existingHeading}</h2>
            <p className="mt-4">
              <Link href={`/login?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`} className={buttonStyles.primary}>{a.loginToAccept}</Link>
            </p>
          </section>
        ) : (
          <AcceptInvitationForm action={acceptWithNewAccountAction} token={token} privacyVersion={PRIVACY_NOTICE_VERSION} t={t.members} signup={t.signup} forms={t.forms} />
        )}
      </div>
    </div>
  );
}
