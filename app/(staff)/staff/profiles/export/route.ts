import { requireStaff } from "@/lib/auth/guards";
import { todayInRome } from "@/lib/dates/rome-calendar";
import { db } from "@/lib/db";
import { exportProfiles } from "@/lib/profiles/exchange/export-profiles";

/** Every submitted profile as an exchange-format file (v1), downloaded as JSON. */
export async function GET(): Promise<Response> {
  // The guard answers 401 to visitors and 403 to partners.
  const staff = await requireStaff();
  const document = await exportProfiles(db, staff);
  const day = todayInRome();
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="insieme-profili-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
