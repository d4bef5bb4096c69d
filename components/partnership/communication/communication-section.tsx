import { Badge } from "@/components/ui/badge";
import { ActionButton } from "@/components/ui/form";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { Notice } from "@/components/ui/notice";
import { approvePublicStoryAction } from "@/lib/actions/partnerships/approve-public-story";
import { deleteCommunicationItemAction } from "@/lib/actions/partnerships/delete-communication-item";
import { saveCommunicationItemAction } from "@/lib/actions/partnerships/save-communication-item";
import { savePublicStoryAction } from "@/lib/actions/partnerships/save-public-story";
import { withdrawStoryApprovalAction } from "@/lib/actions/partnerships/withdraw-story-approval";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { getCommunication, type CommunicationView } from "@/lib/partnerships/communication/get-communication";
import { dayToDate } from "@/lib/dates/rome-calendar";
import type { SectionProps } from "../section-props";
import { CommunicationItemForm, type CommunicationTexts } from "./communication-item-form";
import { StoryEditor } from "./story-editor";

const STATUS_TONE = { PLANNED: "neutral", PUBLISHED: "success", CANCELLED: "warning" } as const;

/** The communication tab: the plan of items by date, and the joint public story with both approvals. */
export async function CommunicationSection({ access, locale, t }: SectionProps) {
  const view = await getCommunication(db, access.viewer, { partnershipId: access.partnershipId });
  const c = t.communication;
  const texts: CommunicationTexts = { communication: c, partnership: t.partnership, forms: t.forms };
  const catalogues = [c.errors, t.partnership.formErrors, t.forms];
  return (
    <>
      <section aria-labelledby="plan-title" className="space-y-6">
        <div>
          <h2 id="plan-title" className="text-2xl font-bold">{c.planTitle}</h2>
          <p className="mt-1 max-w-3xl text-muted">{c.lead}</p>
        </div>
        {view.items.length === 0 ? (
          <EmptyState>{view.canEditPlan ? c.planEmpty : c.planClosed}</EmptyState>
        ) : (
          <ol className="space-y-3">
            {view.items.map((item) => (
              <li key={item.id} className="rounded-lg border border-line bg-white p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone="primary">{c.channels[item.channel]}</Badge>
                  <Badge tone={STATUS_TONE[item.status]}>{c.statuses[item.status]}</Badge>
                </div>
                <h3 className="mt-2 text-lg font-bold">{item.title}</h3>
                <p className="mt-1 text-muted">
                  {format(c.plannedOn, { date: formatDate(dayToDate(item.plannedOn), locale) })}
                  {item.link ? (
                    <>
                      {" · "}
                      <a href={item.link} rel="noopener noreferrer" target="_blank" className="font-semibold text-primary-dark underline" aria-label={format(c.openLinkLabel, { title: item.title })}>
                        {c.openLink}
                      </a>
                    </>
                  ) : null}
                </p>
                {view.canEditPlan ? (
                  <div className="mt-3 flex flex-wrap items-start gap-2">
                    <ActionButton
                      action={deleteCommunicationItemAction}
                      fields={{ partnershipId: access.partnershipId, itemId: item.id }}
                      label={t.partnership.remove}
                      accessibleLabel={format(c.deleteItemLabel, { title: item.title })}
                      variant="danger"
                      catalogues={catalogues}
                      className="inline-block"
                    />
                    <details className="w-full">
                      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary">
                        <span aria-hidden="true">{c.editItem}</span>
                        <span className="sr-only">{format(c.editItemLabel, { title: item.title })}</span>
                      </summary>
                      <div className="mt-3 rounded-md border border-line p-4">
                        <CommunicationItemForm
                          texts={texts}
                          action={saveCommunicationItemAction}
                          partnershipId={access.partnershipId}
                          formLabel={format(c.editItemLabel, { title: item.title })}
                          item={{ id: item.id, channel: item.channel, title: item.title, plannedOn: item.plannedOn, status: item.status, link: item.link ?? "" }}
                        />
                      </div>
                    </details>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {view.canEditPlan ? (
          <div className="rounded-lg border border-line bg-surface p-4 sm:p-6">
            <h3 className="mb-4 text-xl font-bold">{c.addItemTitle}</h3>
            <CommunicationItemForm texts={texts} action={saveCommunicationItemAction} partnershipId={access.partnershipId} formLabel={c.addItemTitle} />
          </div>
        ) : null}
      </section>
      <StoryPart view={view} texts={texts} t={t} partnershipId={access.partnershipId} />
    </>
  );
}

function Mark({ approved, c }: { approved: boolean; c: Messages["communication"] }) {
  return (
    <>
      <span aria-hidden="true" className={approved ? "text-success" : "text-danger"}>{approved ? "✓" : "✗"}</span>
      <span className="sr-only">{approved ? c.approved : c.notApproved}</span>
    </>
  );
}

function StoryPart({ view, texts, t, partnershipId }: { view: CommunicationView; texts: CommunicationTexts; t: Messages; partnershipId: string }) {
  const c = t.communication;
  const catalogues = [c.errors, t.partnership.formErrors, t.forms];
  const { story, side } = view;
  const ownApproval = side === "COMPANY" ? story.approvedByCompanyAt : side === "NONPROFIT" ? story.approvedByNonprofitAt : null;
  return (
    <section aria-labelledby="story-title" className="space-y-6">
      <div>
        <h2 id="story-title" className="text-2xl font-bold">{c.storyTitle}</h2>
        <p className="mt-1 max-w-3xl text-muted">{c.storyLead}</p>
      </div>
      {story.text === null ? (
        <EmptyState>{c.storyEmpty}</EmptyState>
      ) : (
        <div className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-6">
          <blockquote className="max-w-3xl border-l-4 border-primary pl-4 whitespace-pre-line">{story.text}</blockquote>
          <div className="space-y-1" data-testid="story-status">
            <p>
              <span className="font-semibold">{c.storyApprovedBy}</span> {t.partnership.sides.COMPANY} <Mark approved={story.approvedByCompanyAt !== null} c={c} /> / {t.partnership.sides.NONPROFIT}{" "}
              <Mark approved={story.approvedByNonprofitAt !== null} c={c} />
            </p>
            <p>
              <span className="font-semibold">{c.storyVisible}</span> {story.visible ? c.yes : c.no}
            </p>
          </div>
          {view.canEditStory && side !== null ? (
            ownApproval ? (
              <div className="flex flex-wrap items-center gap-3">
                <p>{c.youApproved}</p>
                <ActionButton action={withdrawStoryApprovalAction} fields={{ partnershipId }} label={c.withdrawApproval} variant="secondary" catalogues={catalogues} className="inline-block" />
              </div>
            ) : (
              <ActionButton action={approvePublicStoryAction} fields={{ partnershipId, storyHash: story.hash ?? "" }} label={c.approveStory} variant="primary" catalogues={catalogues} className="inline-block" />
            )
          ) : null}
          {view.canEditStory && side === null ? <Notice>{c.staffCannotApprove}</Notice> : null}
        </div>
      )}
      {view.canEditStory ? (
        <div className="rounded-lg border border-line bg-surface p-4 sm:p-6">
          <h3 className="mb-4 text-xl font-bold">{story.text === null ? c.storyWriteTitle : c.storyEditTitle}</h3>
          <StoryEditor texts={texts} action={savePublicStoryAction} partnershipId={partnershipId} story={story.text ?? ""} formLabel={story.text === null ? c.storyWriteTitle : c.storyEditTitle} />
        </div>
      ) : null}
    </section>
  );
}
