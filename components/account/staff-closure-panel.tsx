import { ActionButton } from "@/components/ui/form";
import { formatDate } from "@/components/ui/format-date";
import type { OrganizationClosureView } from "@/lib/account/get-organization-closure";
import { confirmOrganizationClosureAction } from "@/lib/actions/account/confirm-organization-closure";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { RETENTION } from "@/lib/privacy/retention";

/** On the staff organisation page: an owner's request to close it, and its confirmation. Nothing when none was asked. */
export function StaffClosurePanel({ organizationId, closure, t, locale }: { organizationId: string; closure: OrganizationClosureView | null; t: Messages; locale: Locale }) {
  if (!closure?.closureRequestedAt) return null;
  const c = t.account.staffClosure;
  return (
    <section aria-labelledby="closure-title" className="rounded-lg border-2 border-warning bg-white p-5">
      <h2 id="closure-title" className="text-xl font-bold">{c.title}</h2>
      <p className="mt-2">{format(closure.requestedByOwner ? c.requested : c.requestedByDeletion, { date: formatDate(closure.closureRequestedAt, locale) })}</p>
      {closure.closedAt && closure.eraseAfter ? (
        <p className="mt-2 font-semibold">{format(c.closed, { date: formatDate(closure.closedAt, locale), erase: formatDate(closure.eraseAfter, locale) })}</p>
      ) : (
        <>
          <p className="mt-2 text-muted">{format(c.lead, { months: RETENTION.closedOrganizationMonths })}</p>
          <ActionButton className="mt-3" action={confirmOrganizationClosureAction} fields={{ organizationId }} label={c.confirm} pendingLabel={c.confirming} variant="danger" catalogues={[t.account.errors, t.forms]} />
        </>
      )}
    </section>
  );
}
