import { ActionButton, type FormServerAction } from "@/components/ui/form";
import { formatDate } from "@/components/ui/format-date";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";

export type PendingInvitation = { id: string; email: string; role: keyof Messages["members"]["roles"]; expiresAt: Date; expired: boolean };

type Props = {
  invitations: PendingInvitation[];
  t: Messages["members"];
  forms: Messages["forms"];
  locale: Locale;
  resend: FormServerAction;
  revoke: FormServerAction;
};

/** Pending invitations with "send again" and "revoke": an owner's members page and /admin/users. */
export function PendingInvitationList({ invitations, t, forms, locale, resend, revoke }: Props) {
  if (invitations.length === 0) return <p className="text-muted">{t.noPending}</p>;
  const catalogues = [t.errors, forms];
  return (
    <ul className="divide-y divide-line">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-4 py-3" data-testid="pending-invitation">
          <div>
            <span className="font-semibold">{invitation.email}</span> · {t.roles[invitation.role]}
            <span className={`block text-sm ${invitation.expired ? "text-danger" : "text-muted"}`}>
              {format(invitation.expired ? t.expired : t.expires, { date: formatDate(invitation.expiresAt, locale) })}
            </span>
          </div>
          <div className="flex flex-wrap gap-2">
            <ActionButton action={resend} fields={{ invitationId: invitation.id }} label={t.resend} accessibleLabel={`${t.resend}: ${invitation.email}`} catalogues={catalogues} />
            <ActionButton action={revoke} fields={{ invitationId: invitation.id }} label={t.revoke} accessibleLabel={`${t.revoke}: ${invitation.email}`} variant="danger" catalogues={catalogues} />
          </div>
        </li>
      ))}
    </ul>
  );
}
