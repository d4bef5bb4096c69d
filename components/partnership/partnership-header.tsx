import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/ui/format-date";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { PartnershipAccess } from "@/lib/partnerships/access/partnership-viewer";
import type { PartnershipOverview } from "@/lib/partnerships/overview/get-partnership-overview";
import { TitleGoalForm } from "./title-goal-form";

type Props = { overview: PartnershipOverview; access: PartnershipAccess; t: Messages; locale: Locale; basePath: string };

export function PartnershipHeader({ overview, access, t, locale, basePath }: Props) {
  const p = t.partnership;
  const siblingPath = (id: string) => basePath.replace(/[^/]+$/, id);
  return (
    <header className="mb-6 border-b border-line pb-6">
      <p className="mb-2">
        <Link href={access.isStaff ? "/staff" : "/workspace"}>{access.isStaff ? p.backToBoard : p.backToWorkspace}</Link>
      </p>
      <h1 className="text-3xl font-bold text-ink sm:text-4xl">{overview.title}</h1>
      <p className="mt-2 text-muted">
        {format(p.currentPhase, { phase: t.phases[overview.phase] })} · {format(p.phaseSince, { date: formatDate(overview.phaseEnteredAt, locale) })}
        {" · "}
        {access.side ? format(p.youAre, { side: p.sides[access.side] }) : p.staffView}
      </p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{p.company}</dt>
        <dd>{overview.company.name} · {overview.company.comune}</dd>
        <dt className="font-semibold">{p.nonprofit}</dt>
        <dd>{overview.nonprofit.name} · {overview.nonprofit.comune}</dd>
        <dt className="font-semibold">{p.csvOwner}</dt>
        <dd>{overview.staffOwner?.name ?? p.noCsvOwner}</dd>
        <dt className="font-semibold">{p.commonGoal}</dt>
        <dd className="max-w-3xl whitespace-pre-line">{overview.commonGoal}</dd>
      </dl>
      {overview.titleGoalEditable ? (
        <TitleGoalForm
          t={t.titleGoal}
          p={p}
          forms={t.forms}
          partnershipId={overview.id}
          title={overview.title}
          commonGoal={overview.commonGoal}
          needsConfirmation={overview.agreementHasAcceptance}
        />
      ) : null}
      <div className="mt-4 space-y-2">
        {overview.phase === "COMPLETED" && overview.endedAt ? <Notice tone="success">{format(p.closedCompleted, { date: formatDate(overview.endedAt, locale) })}</Notice> : null}
        {overview.phase === "DISCONTINUED" && overview.endedAt ? (
          <Notice tone="warning">{format(p.closedDiscontinued, { date: formatDate(overview.endedAt, locale), reason: overview.discontinuedReason ?? "—" })}</Notice>
        ) : null}
        {overview.renewedFrom ? (
          <p><Link href={siblingPath(overview.renewedFrom.id)}>{format(p.renewedFrom, { title: overview.renewedFrom.title })}</Link></p>
        ) : null}
        {overview.renewal ? (
          <p><Link href={siblingPath(overview.renewal.id)}>{format(p.renewedInto, { title: overview.renewal.title })}</Link></p>
        ) : null}
      </div>
    </header>
  );
}
