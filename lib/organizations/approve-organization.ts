import type { Database } from "@/lib/db/client";
import type { StaffActor } from "./assert-staff";
import { decideOrganization } from "./decide-organization";

/** Approves an organisation: it becomes ACTIVE, matched and shown to others. */
export async function approveOrganization(db: Database, actor: StaffActor, input: { organizationId: string; message?: string }): Promise<void> {
  await decideOrganization(db, actor, "approve", input);
}
