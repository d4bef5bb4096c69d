import type { Database } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";

/**
 * Tells CSV staff in the app that an organisation's closure waits for their confirmation (the
 * review queue lists new organisations only, so without this nobody would look). No e-mail:
 * the confirmation is not urgent, and staff already receive plenty.
 */
export async function notifyStaffOfClosure(db: Database, organizationId: string): Promise<void> {
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
  if (!organization) return;
  await notify(db, {
    staff: true,
    kind: "organization.closure-requested",
    params: { organizationName: organization.name },
    link: `/staff/organizations/${organizationId}`,
  });
}
