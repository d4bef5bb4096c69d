import { Badge } from "@/components/ui/badge";
import { ActionButton } from "@/components/ui/form";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { Notice } from "@/components/ui/notice";
import { deleteActivityAction } from "@/lib/actions/partnerships/delete-activity";
import { deleteDeliveredContributionAction } from "@/lib/actions/partnerships/delete-delivered-contribution";
import { logDeliveredContributionAction } from "@/lib/actions/partnerships/log-delivered-contribution";
import { saveActivityAction } from "@/lib/actions/partnerships/save-activity";
import { setActivityDoneAction } from "@/lib/actions/partnerships/set-activity-done";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { dayToDate } from "@/lib/dates/rome-calendar";
import type { DueStatus } from "@/lib/partnerships/programme/due-status";
import { getProgramme, type ActivityView, type ProgrammeView } from "@/lib/partnerships/programme/get-programme";
import { PARTY_SIDES } from "@/lib/partnerships/programme/programme-schemas";
import type { SectionProps } from "../section-props";
import { ActivityForm, type ActivityFormTexts } from "./activity-form";
import { ContributionForm } from "./contribution-form";
import { formatEuro, formatHours } from "@/lib/money/format-amount";

/** The programme tab: activities and milestones by date, and the log of delivered contributions with running totals. */
export async function ProgrammeSection({ access, locale, t }: SectionProps) {
  const programme = await getProgramme(db, access.viewer, { partnershipId: access.partnershipId });
  const p = t.programme;
  const texts: ActivityFormTexts = { programme: p, partnership: t.partnership, forms: t.forms };
  return (
    <>
      <section aria-labelledby="activities-title" className="space-y-6">
        <div>
          <h2 id="activities-title" className="text-2xl font-bold">{p.activitiesTitle}</h2>
          <p className="mt-1 max-w-3xl text-muted">{p.lead}</p>
        </div>
        {programme.canEdit ? null : <Notice>{p.activitiesClosed}</Notice>}
        {programme.activities.length === 0 ? (
          <EmptyState>{programme.canEdit ? p.activitiesEmpty : p.activitiesClosed}</EmptyState>
        ) : (
          <ol className="space-y-3">
            {programme.activities.map((activity) => (
              <ActivityItem key={activity.id} activity={activity} programme={programme} texts={texts} t={t} locale={locale} partnershipId={access.partnershipId} />
            ))}
          </ol>
        )}
        {programme.canEdit ? (
          <div className="rounded-lg border border-line bg-surface p-4 sm:p-6">
            <h3 className="mb-4 text-xl font-bold">{p.addActivityTitle}</h3>
            <ActivityForm texts={texts} action={saveActivityAction} partnershipId={access.partnershipId} people={programme.people} formLabel={p.addActivityTitle} />
          </div>
        ) : null}
      </section>
      <ContributionsPart programme={programme} texts={texts} t={t} locale={locale} partnershipId={access.partnershipId} />
    </>
  );
}

type PartProps = { programme: ProgrammeView; texts: ActivityFormTexts; t: Messages; locale: Locale; partnershipId: string };

function statusWords(status: DueStatus, p: Messages["programme"]): { text: string; tone: "success" | "danger" | "warning" | "neutral" } {
  if (status.state === "done") return { text: p.status.done, tone: "success" };
  if (status.state === "overdue") return { text: status.days === 1 ? p.status.overdueOne : format(p.status.overdue, { days: status.days }), tone: "danger" };
  if (status.state === "dueToday") return { text: p.status.dueToday, tone: "warning" };
  return { text: status.days === 1 ? p.status.upcomingOne : format(p.status.upcoming, { days: status.days }), tone: "neutral" };
}

function ActivityItem({ activity, programme, texts, t, locale, partnershipId }: PartProps & { activity: ActivityView }) {
  const p = t.programme;
  const catalogues = [p.errors, t.partnership.formErrors, t.forms];
  const status = statusWords(activity.status, p);
  const due = formatDate(dayToDate(activity.dueOn), locale);
  const dates = activity.startsOn ? format(p.dates.range, { start: formatDate(dayToDate(activity.startsOn), locale), due }) : format(p.dates.due, { due });
  const owner = [activity.owner?.name, activity.ownerSide ? t.partnership.sides[activity.ownerSide] : null].filter(Boolean).join(" · ");
  const ids = { partnershipId, activityId: activity.id };
  return (
    <li className={`rounded-lg border bg-white p-4 ${activity.status.state === "overdue" ? "border-danger" : "border-line"}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={activity.kind === "MILESTONE" ? "primary" : "neutral"}>{p.kinds[activity.kind]}</Badge>
        <Badge tone={status.tone}>{status.text}</Badge>
      </div>
      <h3 className={`mt-2 text-lg font-bold ${activity.done ? "text-muted line-through" : ""}`}>{activity.title}</h3>
      {activity.description ? <p className="mt-1 max-w-3xl">{activity.description}</p> : null}
      <p className="mt-1 text-muted">
        {dates}
        {owner ? ` · ${format(p.owner, { owner })}` : ""}
      </p>
      {programme.canEdit ? (
        <div className="mt-3 flex flex-wrap items-start gap-2">
          <ActionButton
            action={setActivityDoneAction}
            fields={{ ...ids, done: activity.done ? "false" : "true" }}
            label={activity.done ? p.markUndone : p.markDone}
            accessibleLabel={format(activity.done ? p.markUndoneLabel : p.markDoneLabel, { title: activity.title })}
            variant={activity.done ? "secondary" : "primary"}
            catalogues={catalogues}
            className="inline-block"
          />
          <ActionButton action={deleteActivityAction} fields={ids} label={t.partnership.remove} accessibleLabel={format(p.deleteLabel, { title: activity.title })} variant="danger" catalogues={catalogues} className="inline-block" />
          <details className="w-full">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary">
              <span aria-hidden="true">{p.editActivity}</span>
              <span className="sr-only">{format(p.editActivityLabel, { title: activity.title })}</span>
            </summary>
            <div className="mt-3 rounded-md border border-line p-4">
              <ActivityForm
                texts={texts}
                action={saveActivityAction}
                partnershipId={partnershipId}
                people={programme.people}
                formLabel={format(p.editActivityLabel, { title: activity.title })}
                activity={{
                  id: activity.id,
                  kind: activity.kind,
                  title: activity.title,
                  description: activity.description ?? "",
                  startsOn: activity.startsOn ?? "",
                  dueOn: activity.dueOn,
                  ownerId: activity.owner?.id ?? "",
                  ownerSide: activity.ownerSide ?? "",
                }}
              />
            </div>
          </details>
        </div>
      ) : null}
    </li>
  );
}

function ContributionsPart({ programme, texts, t, locale, partnershipId }: PartProps) {
  const p = t.programme;
  const catalogues = [p.errors, t.partnership.formErrors, t.forms];
  const sideNames = { COMPANY: t.partnership.company, NONPROFIT: t.partnership.nonprofit };
  return (
    <section aria-labelledby="contributions-title" className="space-y-6">
      <div>
        <h2 id="contributions-title" className="text-2xl font-bold">{p.contributionsTitle}</h2>
        {programme.canEdit ? <p className="mt-1 max-w-3xl text-muted">{p.contributionsLead}</p> : null}
      </div>
      <div>
        <h3 className="mb-3 text-xl font-bold">{p.totalsTitle}</h3>
        <div className="grid gap-4 md:grid-cols-2">
          {PARTY_SIDES.map((side) => {
            const totals = programme.totals[side];
            return (
              <section key={side} aria-label={`${p.totalsTitle}: ${sideNames[side]}`} className="rounded-lg border border-line bg-surface p-4">
                <h4 className="font-bold">{sideNames[side]}</h4>
                <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
                  <dt>{p.totals.money}</dt>
                  <dd className="text-right font-semibold">{formatEuro(totals.moneyCents, locale)}</dd>
                  <dt>{p.totals.hours}</dt>
                  <dd className="text-right font-semibold">{formatHours(totals.hoursHundredths, locale)}</dd>
                  <dt>{p.totals.deliveries}</dt>
                  <dd className="text-right font-semibold">
                    {totals.otherValueCents > 0
                      ? format(p.totals.deliveriesValue, { count: totals.otherDeliveries, value: formatEuro(totals.otherValueCents, locale) })
                      : totals.otherDeliveries}
                  </dd>
                </dl>
              </section>
            );
          })}
        </div>
      </div>
      <div>
        <h3 className="mb-3 text-xl font-bold">{p.logTitle}</h3>
        {programme.contributions.length === 0 ? (
          <EmptyState>{p.contributionsEmpty}</EmptyState>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {programme.contributions.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
                <div>
                  <p className="text-sm text-muted">
                    {formatDate(dayToDate(entry.deliveredOn), locale)} · {sideNames[entry.side]} · {p.contributionKinds[entry.kind]}
                  </p>
                  <p className="font-semibold">{entry.description}</p>
                  <p>
                    {[
                      entry.hoursHundredths !== null ? format(p.hoursAmount, { hours: formatHours(entry.hoursHundredths, locale) }) : null,
                      entry.valueCents !== null ? formatEuro(entry.valueCents, locale) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
                {entry.canDelete ? (
                  <ActionButton
                    action={deleteDeliveredContributionAction}
                    fields={{ partnershipId, contributionId: entry.id }}
                    label={t.partnership.remove}
                    accessibleLabel={format(p.deleteContributionLabel, { description: entry.description })}
                    variant="danger"
                    catalogues={catalogues}
                    className="inline-block"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      {programme.canEdit ? (
        <div className="rounded-lg border border-line bg-surface p-4 sm:p-6">
          <h3 className="mb-4 text-xl font-bold">{p.logContributionTitle}</h3>
          <ContributionForm texts={texts} action={logDeliveredContributionAction} partnershipId={partnershipId} side={programme.side} today={programme.today} formLabel={p.logContributionTitle} />
        </div>
      ) : null}
    </section>
  );
}
