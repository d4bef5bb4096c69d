import type { Database } from "@/lib/db/client";
import type { StaffActor } from "./assert-staff";
import { decideOrganization } from "./decide-organization";

/** Rejects an organisation; the message, required, tells it why. */
export async function rejectOrganization(db: Database, actor: StaffActor, input: { organizationId: string; message?: string }): Promise<void> {
  await decideOrganization(db, actor, "reject", input);
}
