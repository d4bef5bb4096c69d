import Link from "next/link";
import { ActionButton } from "@/components/ui/form";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatDate } from "@/components/ui/format-date";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import type { AccountView } from "@/lib/account/get-account";
import { eraseDateOf } from "@/lib/account/get-organization-closure";
import { withdrawConsentAction } from "@/lib/actions/account/withdraw-consent";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { RETENTION } from "@/lib/privacy/retention";
import { AccountProfileForm } from "./account-profile-form";
import { accountFormTexts } from "./account-texts";
import { ClosureRequestForm } from "./closure-request-form";
import { DeleteAccountForm } from "./delete-account-form";
import { EmailChangeForm } from "./email-change-form";
import { PasswordChangeForm } from "./password-change-form";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

type Props = {
  account: AccountView;
  /** Where the page lives: partners see their organisation, its closure and account deletion. */
  area: "workspace" | "staff";
  t: Messages;
  locale: Locale;
};

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`account-${id}`} className="rounded-lg border border-line bg-white p-5">
      <h2 id={`account-${id}`} className="mb-4 text-2xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

/** The account page of partners (/workspace/account) and staff (/staff/account). */
export function AccountSections({ account, area, t, locale }: Props) {
  const a = t.account;
  const texts = accountFormTexts(t);
  const base = area === "workspace" ? "/workspace/account" : "/staff/account";
  const owned = account.memberships.filter((membership) => membership.role === "OWNER");
  return (
    <>
      <PageHeader title={a.title} lead={a.lead} />
      <div className="space-y-8">
        <Section id="profile" title={a.profileTitle}>
          <AccountProfileForm texts={texts} defaults={{ name: account.name, locale: isLocale(account.locale) ? account.locale : "it" }} />
        </Section>
        <Section id="email" title={a.emailTitle}>
          <p className="mb-3">{format(a.currentEmail, { email: account.email })}</p>
          {account.pendingEmail ? <div className="mb-4"><Notice tone="info">{format(a.pendingEmail, { email: account.pendingEmail })}</Notice></div> : null}
          <EmailChangeForm texts={texts} />
        </Section>
        <Section id="password" title={a.passwordTitle}>
          <p className="mb-4 text-muted">{a.passwordLead}</p>
          <PasswordChangeForm texts={texts} />
        </Section>
        <Section id="sessions" title={a.sessionsTitle}>
          <SignOutEverywhereForm t={t} className="" />
        </Section>
        {area === "workspace" ? (
          <Section id="notifications" title={a.notificationsTitle}>
            <p className="mb-3 text-muted">{a.notificationsLead}</p>
            <Link href="/workspace/notifications/preferences" className="text-primary underline underline-offset-4">{a.notificationsLink}</Link>
          </Section>
        ) : null}
        <Section id="consents" title={a.consentsTitle}>
          <p className="mb-4 text-muted">{a.consentsLead}</p>
          {account.consents.length === 0 ? <p>{a.noConsents}</p> : (
            <ul className="space-y-4">
              {account.consents.map((consent) => (
                <li key={consent.id} className="rounded-md border border-line p-4" data-consent={consent.kind}>
                  <p className="font-semibold">{a.consentKinds[consent.kind] ?? consent.kind}</p>
                  <p>{format(a.consentGiven, { date: formatDate(consent.grantedAt, locale), version: consent.version })}</p>
                  {consent.withdrawnAt ? <p>{format(a.consentWithdrawn, { date: formatDate(consent.withdrawnAt, locale) })}</p>
                  : consent.optional ? (
                    <ActionButton className="mt-2" action={withdrawConsentAction} fields={{ kind: consent.kind }} label={a.withdraw} pendingLabel={a.withdrawing} accessibleLabel={`${a.withdraw}: ${a.consentKinds[consent.kind] ?? consent.kind}`} catalogues={[a.errors, t.forms]} />
                  ) : <p className="text-muted">{a.consentRequired}</p>}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="data" title={a.dataTitle}>
          <p className="mb-4 text-muted">{a.dataLead}</p>
          <div className="flex flex-wrap gap-3">
            <a href={`${base}/export`} download className={buttonStyles.secondary}>{a.downloadMine}</a>
            {area === "workspace" ? owned.slice(0, 1).map((membership) => (
              <a key={membership.organizationId} href={`${base}/export/organization`} download className={buttonStyles.secondary}>{format(a.downloadOrganization, { organization: membership.organizationName })}</a>
            )) : null}
          </div>
        </Section>
        {area === "workspace" ? owned.map((membership) => {
          const erase = eraseDateOf(membership.closedAt);
          return (
            <Section key={membership.organizationId} id={`organization-${membership.organizationId}`} title={format(a.organizationTitle, { organization: membership.organizationName })}>
              {membership.closedAt && erase ? <Notice tone="info">{format(a.closed, { date: formatDate(membership.closedAt, locale), erase: formatDate(erase, locale) })}</Notice>
              : membership.closureRequestedAt ? <Notice tone="info">{format(a.closureRequested, { date: formatDate(membership.closureRequestedAt, locale) })}</Notice>
              : (
                <>
                  <p className="mb-4 text-muted">{format(a.closeLead, { months: RETENTION.closedOrganizationMonths })}</p>
                  <ClosureRequestForm texts={texts} organizationId={membership.organizationId} />
                </>
              )}
            </Section>
          );
        }) : null}
        <Section id="delete" title={a.deleteTitle}>
          {area === "workspace" ? (
            <>
              <p className="mb-3">{a.deleteLead}</p>
              <p className="mb-4">{format(a.deleteAgreements, { years: RETENTION.endedPartnershipYears })}</p>
              {account.memberships.map((membership) =>
                membership.mustHandOver ? <div key={membership.organizationId} className="mb-4"><Notice tone="warning">{format(a.deleteHandOver, { organization: membership.organizationName })}</Notice></div>
                : membership.memberCount === 1 ? <div key={membership.organizationId} className="mb-4"><Notice tone="info">{format(a.deleteOnlyMember, { organization: membership.organizationName })}</Notice></div>
                : null,
              )}
              <DeleteAccountForm texts={texts} />
            </>
          ) : <p className="text-muted">{a.staffAccountNote}</p>}
        </Section>
      </div>
    </>
  );
}
