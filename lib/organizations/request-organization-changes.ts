import type { Database } from "@/lib/db/client";
import type { StaffActor } from "./assert-staff";
import { decideOrganization } from "./decide-organization";

/** Asks an organisation to change its questionnaire; the message is required and shown to it. */
export async function requestOrganizationChanges(db: Database, actor: StaffActor, input: { organizationId: string; message?: string }): Promise<void> {
  await decideOrganization(db, actor, "request-changes", input);
}
