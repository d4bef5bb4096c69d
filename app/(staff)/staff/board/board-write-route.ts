import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireStaff } from "@/lib/auth/guards";
import type { StaffActor } from "@/lib/auth/actors";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { readSameOriginJson } from "@/lib/http/read-same-origin-json";
import { ReasonRequiredError } from "@/lib/partnerships/move-partnership";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The board's JSON writes (a move, an undo) in one shape: staff only (the guard answers 401
 * to visitors and 403 to partners), a same-origin JSON body checked by the operation's zod
 * schema, and lib's typed errors as statuses: 409 when someone else changed the card first,
 * 422 with the gates when a move needs a written reason, 400 per field, 403, 404.
 */
export function boardWriteRoute<S extends z.ZodType>(schema: S, run: (db: Database, staff: StaffActor, input: z.output<S>) => Promise<unknown>) {
  return async function POST(request: Request): Promise<Response> {
    const staff = await requireStaff();
    const read = await readSameOriginJson(request);
    if (!read.ok) return read.response;
    const parsed = schema.safeParse(read.body);
    if (!parsed.success) return json({ error: "invalid", fields: parsed.error.flatten().fieldErrors }, 400);
    try {
      const result = await run(db, staff, parsed.data);
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
  };
}
