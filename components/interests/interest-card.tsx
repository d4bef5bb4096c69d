import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatDate } from "@/components/ui/format-date";
import type { FormServerAction } from "@/components/ui/form";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { InterestItem } from "@/lib/interests/list-interests";
import { InterestButton } from "./interest-button";
import { RespondForm } from "./respond-form";

const STATUS_TONES = { PENDING: "warning", ACCEPTED: "success", DECLINED: "danger", EXPIRED: "neutral", WITHDRAWN: "neutral" } as const;

type Props = {
  interest: InterestItem;
  direction: "received" | "sent";
  locale: Locale;
  t: Pick<Messages, "suggestions" | "organizationKinds" | "forms">;
  respondAction: FormServerAction;
  withdrawAction: FormServerAction;
};

export function InterestCard({ interest, direction, locale, t, respondAction, withdrawAction }: Props) {
  const s = t.suggestions;
  const titleId = `interest-${interest.id}`;
  const messageLabel = interest.isIntroduction ? s.csvMessage : direction === "received" ? s.theirMessage : s.yourMessage;
  const contact = interest.other.contact;
  return (
    <li className="rounded-lg border border-line bg-white p-5" aria-labelledby={titleId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={titleId} className="text-lg font-bold">
            <Link href={`/workspace/organizations/${interest.other.id}`}>{interest.other.name}</Link>
          </h3>
          <p className="text-sm text-muted">
            {t.organizationKinds[interest.other.kind]} · {interest.other.comune} · {format(s.sentOn, { date: formatDate(interest.createdAt, locale) })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {interest.isIntroduction ? <Badge tone="primary">{s.introduction}</Badge> : null}
          <Badge tone={STATUS_TONES[interest.status]}>{s.statuses[interest.status]}</Badge>
        </div>
      </div>
      <div className="mt-3">
        <p className="text-sm font-semibold">{messageLabel}</p>
        <p className="mt-1 whitespace-pre-line">{interest.message}</p>
      </div>
      {interest.responseMessage ? (
        <div className="mt-3">
          <p className="text-sm font-semibold">{s.answer}</p>
          <p className="mt-1 whitespace-pre-line">{interest.responseMessage}</p>
        </div>
      ) : null}
      {interest.status === "PENDING" ? (
        <p className="mt-3 text-sm text-muted">
          {format(s.expiresOn, { date: formatDate(interest.expiresAt, locale) })}
          {interest.isIntroduction && interest.ownAnswered ? ` · ${s.youAccepted}` : ""}
          {interest.isIntroduction && interest.otherAnswered ? ` · ${s.otherAccepted}` : ""}
        </p>
      ) : null}
      {contact ? (
        <div className="mt-4 rounded-md bg-green-50 p-3">
          <h4 className="font-semibold">{s.contacts}</h4>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">{s.contactName}</dt><dd>{contact.name ?? s.noContact}</dd>
            <dt className="font-semibold">{s.contactEmail}</dt>
            <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : s.noContact}</dd>
            <dt className="font-semibold">{s.contactPhone}</dt>
            <dd>{contact.phone ? <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a> : s.noContact}</dd>
          </dl>
          {interest.partnershipId ? <Link href={`/workspace/partnerships/${interest.partnershipId}`} className={`${buttonStyles.quiet} mt-2 px-0`}>{s.openPartnership}</Link> : null}
        </div>
      ) : null}
      {interest.canRespond ? <RespondForm interestId={interest.id} organizationName={interest.other.name} action={respondAction} t={s} forms={t.forms} /> : null}
      {interest.canWithdraw ? (
        <div className="mt-4">
          <InterestButton action={withdrawAction} fields={{ interestId: interest.id }} label={s.withdraw} accessibleLabel={`${s.withdraw}: ${interest.other.name}`} t={s} forms={t.forms} />
        </div>
      ) : null}
    </li>
  );
}
