import type { Database } from "@/lib/db/client";
import type { OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";
import type { PartnerActor } from "@/lib/auth/actors";
import { findOwnOrganization } from "@/lib/organizations/find-own-organization";
import { asRecord } from "./as-record";
import { REVIEW_STEP, STEP_COUNT } from "./step-schemas";
import { validateWholeProfile } from "./validate-whole-profile";

export type QuestionnaireDto = {
  organization: { id: string; name: string; kind: OrganizationKind; status: OrganizationStatus; comune: string; reviewNote: string | null };
  /** The stored draft (partial until complete). */
  data: Record<string, unknown>;
  /** The last step saved: 0 when nothing is saved yet. */
  savedStep: number;
  /** Where the wizard resumes: the step after the last saved one, at most the review. */
  resumeStep: number;
  stepCount: number;
  submittedAt: Date | null;
  /** Whether the stored answers make a complete profile. */
  complete: boolean;
};

/** The caller's own questionnaire: the draft and where to resume it. */
export async function getQuestionnaire(db: Database, actor: PartnerActor): Promise<QuestionnaireDto> {
  const { profile, ...organization } = await findOwnOrganization(db, actor);
  const data = asRecord(profile?.data);
  const savedStep = profile?.step ?? 0;
  return {
    organization,
    data,
    savedStep,
    resumeStep: Math.min(savedStep + 1, REVIEW_STEP),
    stepCount: STEP_COUNT,
    submittedAt: profile?.submittedAt ?? null,
    complete: validateWholeProfile(organization.kind, data).ok,
  };
}
