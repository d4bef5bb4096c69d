import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { readSameOriginJson } from "@/lib/http/read-same-origin-json";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { undoPartnershipMoveSchema } from "@/lib/partnerships/board/undo-move-schema";
import { undoPartnershipMove } from "@/lib/partnerships/board/undo-partnership-move";

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** Undo of a board move: 200 with the restored card, 409 when the card moved since. */
export async function POST(request: Request): Promise<Response> {
  const staff = await requireStaff();
  const read = await readSameOriginJson(request);
  if (!read.ok) return read.response;
  const parsed = undoPartnershipMoveSchema.safeParse(read.body);
  if (!parsed.success) return json({ error: "invalid", fields: parsed.error.flatten().fieldErrors }, 400);
  try {
    const result = await undoPartnershipMove(db, staff, parsed.data);
    revalidatePath("/staff");
    return json(result);
  } catch (error) {
    if (error instanceof ConflictError) return json({ error: "conflict" }, 409);
    if (error instanceof ValidationError) return json({ error: "invalid", fields: { [error.field ?? "form"]: [error.message] } }, 400);
    if (error instanceof ForbiddenError) return json({ error: "forbidden" }, 403);
    if (error instanceof NotFoundError) return json({ error: "not-found" }, 404);
    throw error;
  }
}
