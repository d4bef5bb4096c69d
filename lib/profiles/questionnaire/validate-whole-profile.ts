import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { companyProfileDataSchema, nonprofitProfileDataSchema, type ProfileData } from "../profile-data";
import { QUESTIONS } from "./question-catalogue";
import type { DataStep } from "./steps";

export type WholeProfileResult = { ok: true; data: ProfileData } | { ok: false; incompleteSteps: DataStep[] };

// The fields each step fills in OrganizationProfile.data (the ATECO sector under its own
// name), to say which step a gap is in.
const STEP_OF_FIELD: Record<string, DataStep> = {};
for (const question of QUESTIONS) {
  STEP_OF_FIELD[question.name] ??= question.step;
  if (question.answer) STEP_OF_FIELD[question.answer.field] ??= question.step;
}

/** Whether stored questionnaire data is a complete profile, and if not which steps to fix. */
export function validateWholeProfile(kind: OrganizationKind, data: unknown): WholeProfileResult {
  const schema = kind === "COMPANY" ? companyProfileDataSchema : nonprofitProfileDataSchema;
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const steps = new Set<DataStep>();
  for (const issue of parsed.error.issues) {
    const field = issue.code === "unrecognized_keys" ? undefined : issue.path[0];
    steps.add(typeof field === "string" ? (STEP_OF_FIELD[field] ?? 1) : 1);
  }
  return { ok: false, incompleteSteps: [...steps].sort() };
}
