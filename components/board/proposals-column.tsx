"use client";

import Link from "next/link";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { FIRST_PAGE_SIZE } from "@/lib/partnerships/board/board-page-size";
import { ColumnHeader } from "./column-header";
import type { FormServerAction } from "@/components/ui/form";
import type { ProposalCard } from "./types";

type Props = {
  proposals: ProposalCard[];
  limit: number | undefined;
  t: Messages["board"];
  setLimitAction: FormServerAction;
  forms: Messages["forms"];
  /** Layout classes from the board: whether the phone switcher hides it. */
  className: string;
};

function waiting(days: number, t: Messages["board"]) {
  if (days === 0) return t.proposalWaitingToday;
  return days === 1 ? t.proposalWaitingDay : format(t.proposalWaitingDays, { days });
}

function expires(days: number, t: Messages["board"]) {
  if (days === 0) return t.proposalExpiresToday;
  return days === 1 ? t.proposalExpiresDay : format(t.proposalExpiresDays, { days });
}

/** The first column: what may become a partnership. Its cards link out and never move. */
export function ProposalsColumn({ proposals, limit, t, setLimitAction, forms, className }: Props) {
  const [expanded, setExpanded] = useState(false);
  const visible = expanded ? proposals : proposals.slice(0, FIRST_PAGE_SIZE);
  return (
    <section aria-labelledby="board-PROPOSALS" className={`${className} min-w-0 flex-col rounded-md border-2 border-dashed border-line bg-white p-2`}>
      <ColumnHeader
        headingId="board-PROPOSALS"
        title={t.proposals}
        column="PROPOSALS"
        count={proposals.length}
        limit={limit}
        t={t}
        forms={forms}
        setLimitAction={setLimitAction}
      />
      <p className="mb-3 text-sm text-muted">{t.proposalsLead}</p>
      <ul className="flex flex-col gap-2">
        {visible.map((proposal) => (
          <li key={proposal.id} className="rounded-md border-2 border-line bg-surface p-2 break-words" data-proposal-id={proposal.id}>
            <p className="text-sm">
              <Link href={`/staff/organizations/${proposal.from.id}`} className="font-semibold">
                {proposal.from.name}
              </Link>{" "}
              <span aria-hidden="true">→</span>
              <span className="sr-only">{t.proposalTo}</span>{" "}
              <Link href={`/staff/organizations/${proposal.to.id}`} className="font-semibold">
                {proposal.to.name}
              </Link>
            </p>
            {proposal.introducedBy !== null ? (
              <p className="mt-1 text-sm">
                <Link href="/staff/introductions">{format(t.proposalIntroducedBy, { name: proposal.introducedBy })}</Link>
              </p>
            ) : null}
            <p className="mt-1 text-xs text-muted">
              {format(t.proposalDate, { date: proposal.date })} · {waiting(proposal.daysWaiting, t)}
              <br />
              <span className={proposal.expiresInDays <= 2 ? "font-semibold text-ink" : undefined}>{expires(proposal.expiresInDays, t)}</span>
            </p>
          </li>
        ))}
        {proposals.length === 0 ? <li className="text-sm text-muted">{t.proposalsEmpty}</li> : null}
      </ul>
      {visible.length < proposals.length ? (
        <button type="button" className={`${buttonStyles.quiet} mt-2`} onClick={() => setExpanded(true)}>
          {format(t.showMore, { count: proposals.length - visible.length })}
        </button>
      ) : null}
    </section>
  );
}
