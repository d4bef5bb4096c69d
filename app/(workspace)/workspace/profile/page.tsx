import type { Metadata } from "next";
import { buildStepFields, stepNames } from "@/components/questionnaire/build-step-fields";
import { ProfileAnswers } from "@/components/questionnaire/profile-answers";
import { ProgressBar } from "@/components/questionnaire/progress-bar";
import { StatusNotice } from "@/components/questionnaire/status-notice";
import { StepForm } from "@/components/questionnaire/step-form";
import { SubmitQuestionnaireButton } from "@/components/questionnaire/submit-questionnaire-button";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { describeProfile } from "@/lib/profiles/questionnaire/describe-profile";
import { getQuestionnaire } from "@/lib/profiles/questionnaire/get-questionnaire";
import { dataToStepDefaults } from "@/lib/profiles/questionnaire/step-data";
import { isDataStep, REVIEW_STEP } from "@/lib/profiles/questionnaire/step-schemas";
import { validateWholeProfile } from "@/lib/profiles/questionnaire/validate-whole-profile";
import { saveStepAction, submitQuestionnaireAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.questionnaire.title };
}

type ProfilePageProps = { searchParams: Promise<{ step?: string; outcome?: string }> };

const EDITABLE = new Set(["PENDING", "CHANGES_REQUESTED", "ACTIVE"]);

export default async function ProfilePage({ searchParams }: ProfilePageProps) {
  const partner = await requirePartner();
  const [{ locale, t }, questionnaire, params] = await Promise.all([getRequestMessages(), getQuestionnaire(db, partner), searchParams]);
  const q = t.questionnaire;
  const { organization, data } = questionnaire;
  const names = stepNames(q);

  // Resume where the draft was left; a submitted or complete profile opens on its summary.
  const requested = Number(params.step);
  const furthest = questionnaire.complete ? REVIEW_STEP : questionnaire.resumeStep;
  const step = Number.isInteger(requested) && requested >= 1 && requested <= furthest ? requested
    : questionnaire.submittedAt || questionnaire.complete ? REVIEW_STEP
    : questionnaire.resumeStep;
  const editable = EDITABLE.has(organization.status);
  const href = (n: number) => `/workspace/profile?step=${n}`;
  const outcome =
    params.outcome === "submitted" ? <Notice tone="success">{organization.status === "ACTIVE" ? q.status.savedActive : q.status.submittedNow}</Notice>
    : null;

  return (
    <>
      <PageHeader title={q.title} lead={q.lead} />
      <div className="mb-6 space-y-3">
        {outcome}
        <StatusNotice status={organization.status} submittedAt={questionnaire.submittedAt} reviewNote={organization.reviewNote} locale={locale} t={q} />
      </div>
      <ProgressBar current={step} total={questionnaire.stepCount} label={q.progressLabel} text={format(q.progress, { current: step, total: questionnaire.stepCount })} steps={names} />
      {isDataStep(step) && editable ? (
        <StepForm
          key={step}
          kind={organization.kind}
          locale={locale}
          step={step}
          title={names[step - 1] ?? ""}
          fields={buildStepFields(organization.kind, step, locale, q, dataToStepDefaults(organization.kind, step, data, organization.comune))}
          defaults={dataToStepDefaults(organization.kind, step, data, organization.comune)}
          texts={{ back: q.back, next: q.next, saving: q.saving, errors: q.errors, forms: t.forms }}
          backHref={step > 1 ? href(step - 1) : null}
          action={saveStepAction}
        />
      ) : (
        <ReviewStep />
      )}
    </>
  );

  function ReviewStep() {
    const checked = validateWholeProfile(organization.kind, data);
    const missing = checked.ok ? [] : checked.incompleteSteps.map((n) => `${n}. ${names[n - 1]}`);
    // A PENDING organisation that already submitted is waiting: its later edits are saved as they go.
    const canSubmit = editable && checked.ok && !(organization.status === "PENDING" && questionnaire.submittedAt);
    return (
      <section aria-labelledby="review-title">
        <h2 id="review-title" className="text-2xl font-bold">{names[REVIEW_STEP - 1]}</h2>
        <p className="mt-2 mb-6 text-muted">{q.reviewLead}</p>
        {missing.length > 0 ? <div className="mb-6"><Notice tone="warning">{format(q.incomplete, { steps: missing.join(", ") })}</Notice></div> : null}
        <ProfileAnswers answers={describeProfile(organization.kind, data, locale)} comune={organization.comune} t={q} editHref={editable ? href : undefined} />
        {canSubmit ? (
          <div className="mt-8 flex flex-wrap justify-between gap-3 border-t border-line pt-6">
            <a href={href(4)} className={buttonStyles.secondary}>{q.back}</a>
            <SubmitQuestionnaireButton action={submitQuestionnaireAction} label={organization.status === "ACTIVE" ? q.submitActive : q.submit} errors={{ ...q.errors, incomplete: format(q.incomplete, { steps: missing.join(", ") }) }} forms={t.forms} />
          </div>
        ) : null}
      </section>
    );
  }
}
