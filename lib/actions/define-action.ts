import "server-only";
import { revalidatePath } from "next/cache";
import { forbidden, notFound } from "next/navigation";
import type { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { failure, success, type ActionState } from "./action-state";
import { fieldErrorsOf } from "./field-errors-of";
import { findUnsafeText } from "./find-unsafe-text";
import { formDataToObject } from "./form-data-to-object";
import { resolveCaller, type CallerKind, type Callers } from "./resolve-caller";

/** A path to revalidate after a save; a tuple names a dynamic route's pattern and its kind. */
export type RevalidateTarget = string | [path: string, type: "page" | "layout"];

export type ActionSpec<K extends CallerKind, S extends z.ZodType, R> = {
  /** Who may call it: resolved through the guards before anything else happens. */
  caller: K;
  /** The operation's schema, the same one its form validates with. */
  schema: S;
  /**
   * Access to what the raw input names (a partnership, an organisation), checked before the
   * input is validated, so that a caller learns nothing about a record it may not see. Throw
   * NotFoundError or ForbiddenError.
   */
  access?: (caller: Callers[K], input: Record<string, unknown>) => Promise<void>;
  /** The one lib service the action calls. */
  run: (caller: Callers[K], data: z.output<S>) => Promise<R>;
  /** Pages whose data the save changes. */
  revalidate?: RevalidateTarget[] | ((data: z.output<S>, result: R) => RevalidateTarget[]);
  /**
   * What to answer after a save (default: success). May call redirect(), which ends the
   * request with the redirect as usual.
   */
  onSuccess?: (result: R, data: z.output<S>) => ActionState | Promise<ActionState>;
  /**
   * A NotFoundError from the service: "page" renders the 404 page (what a page of the same
   * record would do), "message" answers `{ message: "notFound" }` to the form (default).
   */
  notFound?: "page" | "message";
};

/** A server action as forms call it (`useActionState`), or as code calls it with a plain object. */
export type ServerAction = (previous: ActionState, input: unknown) => Promise<ActionState>;

/**
 * The one shape of every server action of the app:
 *   caller (guard) → access to what the input names → input checks → the operation's zod
 *   schema → one lib service → typed errors mapped to one ActionState → revalidate.
 * Anything else a service throws is a bug: it propagates, is logged with its digest and the
 * person sees the error page.
 */
export function defineAction<K extends CallerKind, S extends z.ZodType, R>(spec: ActionSpec<K, S, R>): ServerAction {
  return async function action(_previous: ActionState, input: unknown): Promise<ActionState> {
    const caller = await resolveCaller(spec.caller);
    const raw = toPlainInput(input);
    if (raw === null) return failure("invalidInput", 400);
    if (spec.access) await checkAccess(() => spec.access!(caller, raw));
    try {
      const unsafe = findUnsafeText(raw);
      if (unsafe !== null) return failure("invalidCharacters", 400, { [unsafe]: "invalidCharacters" });
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) return failure("formHasErrors", 400, fieldErrorsOf(parsed.error));
      const result = await spec.run(caller, parsed.data);
      const targets = typeof spec.revalidate === "function" ? spec.revalidate(parsed.data, result) : (spec.revalidate ?? []);
      for (const target of targets) {
        if (typeof target === "string") revalidatePath(target);
        else revalidatePath(target[0], target[1]);
      }
      return spec.onSuccess ? await spec.onSuccess(result, parsed.data) : success(undefined, plainData(result));
    } catch (error) {
      return stateOfError(error, spec.notFound ?? "message");
    }
  };
}

/** What the input names and the caller may not see is a 404 page; what it may see but not touch, a 403 page. */
async function checkAccess(check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}

/** FormData, or a plain object sent by code; anything else (a string, an array, a number) is refused. */
function toPlainInput(input: unknown): Record<string, unknown> | null {
  if (input instanceof FormData) return formDataToObject(input);
  if (input && typeof input === "object" && !Array.isArray(input) && Object.getPrototypeOf(input) === Object.prototype) {
    return input as Record<string, unknown>;
  }
  if (input === undefined) return {};
  return null;
}

/** A service's return value goes back to the client only when it is plain data (an id, a count). */
function plainData(result: unknown): unknown {
  if (result === undefined || result === null) return undefined;
  if (typeof result === "string" || typeof result === "number" || typeof result === "boolean") return result;
  return undefined;
}

/** A catalogue key ("closed", "tokenExpired"), as opposed to a sentence written for developers. */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*$/;

function keyOr(message: string, fallback: string): string {
  return MESSAGE_KEY.test(message) ? message : fallback;
}

/** The typed errors of lib/errors.ts as the one answer shape; anything else is thrown on. */
export function stateOfError(error: unknown, notFoundAs: "page" | "message" = "message"): ActionState {
  if (error instanceof ValidationError) {
    const key = keyOr(error.message, "invalid");
    if (!error.field || error.field === "form") return failure(key, 400);
    return failure("formHasErrors", 400, { [error.field]: key });
  }
  if (error instanceof NotFoundError) {
    if (notFoundAs === "page") notFound();
    return failure("notFound", 404);
  }
  if (error instanceof ForbiddenError) return failure(keyOr(error.message, "forbidden"), 403);
  if (error instanceof ConflictError) return failure("conflict", 409);
  if (error instanceof RateLimitedError) return { ...failure("rateLimited", 429), retryAfter: error.retryAfterSeconds };
  throw error;
}
