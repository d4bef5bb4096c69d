import { Badge } from "@/components/ui/badge";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/partnerships/agreement/document-format";
import type { AgreementAcceptanceView } from "@/lib/partnerships/agreement/get-agreement";

type Props = { acceptances: (AgreementAcceptanceView & { organization: string })[]; locale: Locale; t: Messages["agreement"]["history"] };

/** Every acceptance ever given, newest first; those cancelled by an edit say when. */
export function AcceptanceHistory({ acceptances, locale, t }: Props) {
  return (
    <section aria-labelledby="agreement-history-title" className="space-y-3">
      <h3 id="agreement-history-title" className="text-xl font-bold">{t.title}</h3>
      {acceptances.length === 0 ? (
        <p className="text-muted">{t.empty}</p>
      ) : (
        <ul className="space-y-2">
          {acceptances.map((acceptance) => (
            <li key={acceptance.id} className="rounded-md border border-line p-3">
              <span className={acceptance.cancelledAt ? "text-muted" : undefined}>
                {format(t.accepted, {
                  name: acceptance.signerName,
                  role: acceptance.signerRole,
                  organization: acceptance.organization,
                  date: formatDateTime(acceptance.acceptedAt, locale),
                  revision: acceptance.revision,
                })}
              </span>{" "}
              {acceptance.cancelledAt ? (
                <span>— {format(t.cancelled, { date: formatDateTime(acceptance.cancelledAt, locale) })}</span>
              ) : (
                <Badge tone="success">{t.active}</Badge>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
