import "server-only";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import type { z } from "zod";
import { requirePartnershipViewer } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "@/lib/partnerships/access/require-partnership-access";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";

/**
 * What every partnership form action answers. Field errors and form errors are message
 * keys (or zod messages) that the form translates; `savedAt` lets a form reset itself
 * after each successful save.
 */
export type PartnershipFormState =
  | { status: "idle" }
  | { status: "saved"; savedAt: number }
  | { status: "error"; fieldErrors?: Record<string, string>; formError?: "conflict" | "forbidden" | "closed" | string };

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "form"] ??= issue.message;
  return fieldErrors;
}

/**
 * The one shape of a partnership action: guard → parse with the operation's zod schema
 * (the same one the form uses) → one lib service → revalidate the partnership pages.
 * A partnership the viewer may not see answers 404, like a page would.
 */
export async function runPartnershipAction<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  service: (viewer: PartnershipViewer, data: z.output<Schema>) => Promise<unknown>,
): Promise<PartnershipFormState> {
  const viewer = await requirePartnershipViewer();
  // Access first, before the input is even validated: a partnership the viewer may not
  // see answers 404 to every action, whatever else was sent.
  await requireAccessToNamedPartnership(viewer, input);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await service(viewer, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ValidationError) return { status: "error", fieldErrors: { [error.field ?? "form"]: error.message } };
    if (error instanceof ConflictError) return { status: "error", formError: "conflict" };
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" };
    throw error;
  }
  revalidatePath("/workspace/partnerships/[id]", "page");
  revalidatePath("/staff/partnerships/[id]", "page");
  return { status: "saved", savedAt: Date.now() };
}

/** Every partnership action's input names its partnership; one the viewer may not see is a 404. */
export async function requireAccessToNamedPartnership(viewer: PartnershipViewer, input: unknown): Promise<void> {
  const partnershipId = input && typeof input === "object" && "partnershipId" in input ? (input as { partnershipId: unknown }).partnershipId : undefined;
  if (typeof partnershipId !== "string") return; // the schema will name the missing field
  try {
    await requirePartnershipAccess(db, viewer, partnershipId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** FormData → plain object (repeated names become arrays), for zod. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const current = out[key];
    out[key] = current === undefined ? value : Array.isArray(current) ? [...current, value] : [current, value];
  }
  return out;
}
