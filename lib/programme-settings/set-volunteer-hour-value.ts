import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { assertStaff, type StaffActor } from "@/lib/organizations/assert-staff";
import { DEFAULT_VOLUNTEER_HOUR_VALUE_CENTS, PROGRAMME_SETTINGS_ID } from "./volunteer-hour-value";

/**
 * Sets the value of a volunteer hour for every impact report of the programme (staff only),
 * with the old and new value in the audit log: reports already downloaded keep the value
 * they were made with, so the log says which one applied when.
 */
export async function setVolunteerHourValue(db: Database, actor: StaffActor, input: { value: number }): Promise<void> {
  assertStaff(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.programmeSetting.findUnique({ where: { id: PROGRAMME_SETTINGS_ID }, select: { volunteerHourValueCents: true } });
    await tx.programmeSetting.upsert({
      where: { id: PROGRAMME_SETTINGS_ID },
      create: { id: PROGRAMME_SETTINGS_ID, volunteerHourValueCents: input.value },
      update: { volunteerHourValueCents: input.value },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "programme.volunteer-hour-value",
      targetType: "ProgrammeSetting",
      targetId: PROGRAMME_SETTINGS_ID,
      before: { volunteerHourValueCents: before?.volunteerHourValueCents ?? DEFAULT_VOLUNTEER_HOUR_VALUE_CENTS },
      after: { volunteerHourValueCents: input.value },
    });
  });
}
