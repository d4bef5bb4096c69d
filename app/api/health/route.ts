import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { checkHealth } from "@/lib/health/check-health";
import { appVersion } from "@/lib/health/app-version";
import { requestLogger } from "@/lib/log/request-logger";

// Never cached or prerendered: each probe asks the database.
export const dynamic = "force-dynamic";

/** GET /api/health: 200 when the database answers and is fully migrated, 503 otherwise. */
export async function GET() {
  const report = await checkHealth(db, { version: appVersion() });
  if (report.status !== "ok") (await requestLogger()).warn({ health: report }, "health check failed");
  return NextResponse.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
