import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { companyProfileDataSchema, nonprofitProfileDataSchema, type ProfileData } from "../profile-data";
import { companyStepSchemas, DATA_STEPS, type DataStep, nonprofitStepSchemas } from "./step-schemas";

export type WholeProfileResult = { ok: true; data: ProfileData } | { ok: false; incompleteSteps: DataStep[] };

// The fields each step fills in OrganizationProfile.data, to say which step a gap is in.
const STEP_OF_FIELD: Record<string, DataStep> = {
  sector: 1,
  legalForm: 1,
  runtsSection: 1,
  runtsNumber: 1,
};
for (const step of DATA_STEPS) {
  for (const field of Object.keys(companyStepSchemas[step].shape)) STEP_OF_FIELD[field] ??= step;
  for (const field of Object.keys(nonprofitStepSchemas[step].shape)) STEP_OF_FIELD[field] ??= step;
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
