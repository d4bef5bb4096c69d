import type { FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { InviteForm } from "./invite-form";
import { PendingInvitationList, type PendingInvitation } from "./pending-invitation-list";

type Props = {
  invitations: PendingInvitation[];
  t: Messages["members"];
  forms: Messages["forms"];
  locale: Locale;
  actions: Record<"invite" | "resend" | "revoke", FormServerAction>;
};

/** /admin/users: the staff invitation form and the pending staff invitations. */
export function StaffInvitations({ invitations, t, forms, locale, actions }: Props) {
  return (
    <>
      <section aria-labelledby="staff-invite-heading" className="mt-10">
        <h2 id="staff-invite-heading" className="text-2xl font-bold">{t.staff.heading}</h2>
        <p className="mb-4 mt-2 text-muted">{t.staff.lead}</p>
        <InviteForm t={t} forms={forms} action={actions.invite} kind="staff" locale={locale} />
      </section>
      <section aria-labelledby="staff-pending-heading" className="mt-10">
        <h2 id="staff-pending-heading" className="mb-4 text-2xl font-bold">{t.staff.pendingHeading}</h2>
        <PendingInvitationList invitations={invitations} t={t} forms={forms} locale={locale} resend={actions.resend} revoke={actions.revoke} />
      </section>
    </>
  );
}
