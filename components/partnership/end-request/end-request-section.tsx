import { Badge } from "@/components/ui/badge";
import { ActionButton } from "@/components/ui/form";
import { formatDate } from "@/components/ui/format-date";
import { withdrawEndRequestAction } from "@/lib/actions/partnerships/withdraw-end-request";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getEndRequests } from "@/lib/partnerships/end-request/get-end-requests";
import type { SectionProps } from "../section-props";
import { AnswerEndRequestForm } from "./answer-end-request-form";
import { RequestEndForm } from "./request-end-form";

const STATUS_TONE = { OPEN: "warning", CONFIRMED: "success", DISCUSS: "primary", WITHDRAWN: "neutral" } as const;

/**
 * On the overview: requests to end the partnership (a party's, with staff's answer), the
 * form for a party to ask, and staff's answer form. Nothing at all for a closed partnership
 * without requests.
 */
export async function EndRequestSection({ access, t, locale }: SectionProps) {
  const view = await getEndRequests(db, access.viewer, access.partnershipId);
  if (view.requests.length === 0 && !view.canRequest) return null;
  const e = t.endRequest;
  return (
    <section aria-labelledby="end-request-title" className="rounded-lg border border-line p-4 sm:p-6">
      <h2 id="end-request-title" className="text-2xl font-bold">{e.title}</h2>
      {view.requests.length > 0 ? (
        <ul className="mt-3 space-y-3">
          {view.requests.map((request) => (
            <li key={request.id} className="rounded-md border border-line bg-white p-4">
              <Badge tone={STATUS_TONE[request.status]}>{e.statuses[request.status]}</Badge>
              <p className="mt-2">
                {format(e.requestedBy, {
                  name: request.requesterName ?? e.someone,
                  side: t.organizationKinds[request.side],
                  date: formatDate(request.createdAt, locale),
                  intent: e.intentShort[request.intent],
                })}
              </p>
              <p className="mt-1 max-w-3xl whitespace-pre-line"><span className="font-semibold">{e.reason}: </span>{request.reason}</p>
              {request.answer ? <p className="mt-1 max-w-3xl whitespace-pre-line"><span className="font-semibold">{e.staffAnswer}: </span>{request.answer}</p> : null}
              {request.canWithdraw ? (
                <ActionButton action={withdrawEndRequestAction} fields={{ partnershipId: access.partnershipId, requestId: request.id }} label={e.withdraw} pendingLabel={e.withdrawing} className="mt-3" catalogues={[e.errors, t.forms]} />
              ) : null}
              {request.canAnswer ? <AnswerEndRequestForm partnershipId={access.partnershipId} requestId={request.id} t={e} forms={t.forms} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {view.canRequest ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold text-primary-dark">{e.ask}</summary>
          <p className="mt-2 max-w-3xl text-muted">{e.lead}</p>
          <RequestEndForm partnershipId={access.partnershipId} t={e} forms={t.forms} />
        </details>
      ) : null}
    </section>
  );
}
