import { jsonDownload } from "@/app/_account/json-download";
import { exportUserData } from "@/lib/account/export-user-data";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";

/** The person's own data (art. 15 and 20 GDPR) as a JSON attachment. */
export async function GET(): Promise<Response> {
  // The guard answers 401 to visitors.
  const user = await requireUser();
  return jsonDownload("insieme-i-miei-dati", () => exportUserData(db, user));
}
