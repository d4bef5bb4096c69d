import { jsonDownload } from "@/app/_account/json-download";
import { exportUserData } from "@/lib/account/export-user-data";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";

/** A staff member's own data as a JSON attachment, as partners download theirs. */
export async function GET(): Promise<Response> {
  const staff = await requireStaff();
  return jsonDownload("insieme-i-miei-dati", () => exportUserData(db, staff));
}
