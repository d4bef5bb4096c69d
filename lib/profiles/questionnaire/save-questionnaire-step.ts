import { fieldErrorsOf } from "@/lib/actions/field-errors-of";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerActor } from "@/lib/auth/actors";
import { findOwnOrganization } from "@/lib/organizations/find-own-organization";
import { asRecord } from "./as-record";
import { checkRegistryAnswers } from "./server-rules";
import { stepToData } from "./step-data";
import { type DataStep, isDataStep, stepSchemaOf } from "./step-schemas";

export type SaveStepInput = { step: number; values: unknown };

export type SaveStepResult =
  | { ok: true; savedStep: number }
  | { ok: false; fieldErrors: Record<string, string> };

/** Organisations that may still change their answers. */
const EDITABLE = new Set(["PENDING", "CHANGES_REQUESTED", "ACTIVE"]);

/**
 * Validates one step of the caller's questionnaire and merges it into the stored draft.
 *
 * Editing after approval: an ACTIVE organisation stays ACTIVE when it saves changes. Every
 * step is validated as strictly as at submission, so a complete profile stays complete,
 * and sending a small correction (a new phone, one more cause) back to the queue would hide
 * the organisation from its partners for days. Staff see every change in the profile's
 * updatedAt; a rejected or suspended organisation cannot edit at all.
 */
export async function saveQuestionnaireStep(db: Database, actor: PartnerActor, input: SaveStepInput): Promise<SaveStepResult> {
  if (!isDataStep(input.step)) throw new ValidationError("Unknown questionnaire step.", "step");
  const step: DataStep = input.step;
  const organization = await findOwnOrganization(db, actor);
  // The message is the key the form shows ("write to CSV Pavia").
  if (!EDITABLE.has(organization.status)) throw new ForbiddenError("notEditable");

  const parsed = stepSchemaOf(organization.kind, step).safeParse(input.values);
  const registryErrors = checkRegistryAnswers(organization.kind, step, asRecord(input.values));
  if (!parsed.success || Object.keys(registryErrors).length > 0) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error, { topLevel: true });
    return { ok: false, fieldErrors: { ...registryErrors, ...fieldErrors } };
  }

  const { data: stepData, comune } = stepToData(organization.kind, step, parsed.data);
  const merged: Record<string, unknown> = { ...asRecord(organization.profile?.data), ...stepData };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  const savedStep = Math.max(organization.profile?.step ?? 0, step);

  await db.$transaction(async (tx) => {
    const data = merged as Prisma.InputJsonObject;
    await tx.organizationProfile.upsert({
      where: { organizationId: organization.id },
      create: { organizationId: organization.id, data, step: savedStep },
      update: { data, step: savedStep },
    });
    if (comune !== undefined && comune !== organization.comune) {
      await tx.organization.update({ where: { id: organization.id }, data: { comune } });
    }
  });
  return { ok: true, savedStep };
}
