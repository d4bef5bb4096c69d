import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { readSameOriginJson } from "@/lib/http/read-same-origin-json";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { movePartnership, ReasonRequiredError } from "@/lib/partnerships/move-partnership";
import { movePartnershipSchema } from "@/lib/partnerships/move-partnership-schema";

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** A board move: 200 with the new version, 409 when someone else moved the card first. */
export async function POST(request: Request): Promise<Response> {
  // The guard answers 401 to visitors and 403 to partners.
  const staff = await requireStaff();
  const read = await readSameOriginJson(request);
  if (!read.ok) return read.response;
  const parsed = movePartnershipSchema.safeParse(read.body);
  if (!parsed.success) return json({ error: "invalid", fields: parsed.error.flatten().fieldErrors }, 400);
  try {
    const result = await movePartnership(db, staff, parsed.data);
    revalidatePath("/staff");
    return json(result);
  } catch (error) {
    if (error instanceof ConflictError) return json({ error: "conflict" }, 409);
    if (error instanceof ReasonRequiredError) return json({ error: "reason-required", gates: error.gates }, 422);
    if (error instanceof ValidationError) return json({ error: "invalid", fields: { [error.field ?? "form"]: [error.message] } }, 400);
    if (error instanceof ForbiddenError) return json({ error: "forbidden" }, 403);
    if (error instanceof NotFoundError) return json({ error: "not-found" }, 404);
    throw error;
  }
}
