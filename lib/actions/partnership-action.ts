import "server-only";
import type { z } from "zod";
import { reportRefusedPartnership } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";
import { requirePartnershipAccess } from "@/lib/partnerships/access/require-partnership-access";
import type { ActionState } from "./action-state";
import { defineAction, type RevalidateTarget, type ServerAction } from "./define-action";

/** Both views of a partnership: the partners' workspace page and the staff page. */
export const PARTNERSHIP_PAGES: RevalidateTarget[] = [
  ["/workspace/partnerships/[id]", "page"],
  ["/staff/partnerships/[id]", "page"],
];

/**
 * Every partnership action's input names its partnership; one the viewer may not see is a
 * 404 (another organisation's is recorded as a refused access), before the rest of the input
 * is even validated. A missing or malformed id is left
 * to the schema, which names the field.
 */
export async function requireAccessToNamedPartnership(viewer: PartnershipViewer, input: Record<string, unknown>): Promise<void> {
  const partnershipId = input.partnershipId;
  if (typeof partnershipId !== "string") return;
  await requirePartnershipAccess(db, viewer, partnershipId).catch(async (error: unknown) => {
    if (error instanceof NotFoundError) await reportRefusedPartnership(viewer, partnershipId);
    throw error;
  });
}

/**
 * An action on one partnership, by a partner of either party or by staff: access to the named
 * partnership first, then the schema, then the service; both partnership pages revalidated.
 */
export function definePartnershipAction<S extends z.ZodType, R>(
  schema: S,
  run: (viewer: PartnershipViewer, data: z.output<S>) => Promise<R>,
  options: { revalidate?: RevalidateTarget[]; onSuccess?: (result: R, data: z.output<S>) => ActionState | Promise<ActionState> } = {},
): ServerAction {
  return defineAction({
    caller: "partnershipViewer",
    schema,
    access: requireAccessToNamedPartnership,
    run,
    revalidate: [...PARTNERSHIP_PAGES, ...(options.revalidate ?? [])],
    onSuccess: options.onSuccess,
    notFound: "page",
  });
}
