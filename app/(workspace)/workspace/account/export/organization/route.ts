import { jsonDownload } from "@/app/_account/json-download";
import { exportOrganizationData } from "@/lib/account/export-organization-data";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";

/** The data of the partner's organisation, for its owners only (the service refuses a member with 403). */
export async function GET(): Promise<Response> {
  const partner = await requirePartner();
  return jsonDownload("insieme-dati-organizzazione", () => exportOrganizationData(db, partner.user, { organizationId: partner.organization.id }));
}
