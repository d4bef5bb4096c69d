import { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";

// The guard and Next's cache are replaced; the helper itself runs as in the app.
const revalidated: string[] = [];
jest.mock("@/lib/actions/resolve-caller", () => ({ resolveCaller: async (kind: string) => ({ kind, id: "u1" }) }));
jest.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));

const schema = z.object({ title: z.string().trim().min(1, "titleRequired"), count: z.coerce.number().int().max(10, "tooMany") });

async function load() {
  return import("@/lib/actions/define-action");
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

describe("defineAction", () => {
  beforeEach(() => revalidated.splice(0));

  it("parses FormData with the operation's schema, calls the service once and revalidates", async () => {
    const { defineAction } = await load();
    const run = jest.fn(async () => "new-id");
    const action = defineAction({ caller: "staff", schema, run, revalidate: ["/staff"] });
    const state = await action({ status: "idle" }, form({ title: " Ciao ", count: "3" }));
    expect(state).toMatchObject({ status: "success", data: "new-id" });
    expect(run).toHaveBeenCalledWith({ kind: "staff", id: "u1" }, { title: "Ciao", count: 3 });
    expect(revalidated).toEqual(["/staff"]);
  });

  it("answers field errors with 400 and never calls the service on bad input", async () => {
    const { defineAction } = await load();
    const run = jest.fn();
    const action = defineAction({ caller: "staff", schema, run });
    expect(await action({ status: "idle" }, form({ title: "", count: "30" }))).toEqual({
      status: "error",
      message: "formHasErrors",
      httpStatus: 400,
      fieldErrors: { title: "titleRequired", count: "tooMany" },
    });
    expect(run).not.toHaveBeenCalled();
    expect(revalidated).toEqual([]);
  });

  it("refuses NUL bytes and lone surrogates before the schema, naming the field", async () => {
    const { defineAction } = await load();
    const run = jest.fn();
    const action = defineAction({ caller: "staff", schema, run });
    expect(await action({ status: "idle" }, form({ title: "a\u0000", count: "1" }))).toMatchObject({ status: "error", httpStatus: 400, fieldErrors: { title: "invalidCharacters" } });
    expect(await action({ status: "idle" }, { title: "\uD83D", count: 1 })).toMatchObject({ fieldErrors: { title: "invalidCharacters" } });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses an argument that is neither FormData nor a plain object", async () => {
    const { defineAction } = await load();
    const action = defineAction({ caller: "staff", schema, run: jest.fn() });
    for (const input of ["title=x", ["x"], 42, null, new Date()]) {
      expect(await action({ status: "idle" }, input)).toMatchObject({ status: "error", message: "invalidInput", httpStatus: 400 });
    }
  });

  it("maps each typed error of a service to one answer", async () => {
    const { defineAction } = await load();
    const answerTo = (error: Error) => defineAction({ caller: "staff", schema, run: async () => { throw error; } })({ status: "idle" }, { title: "x", count: 1 });
    expect(await answerTo(new ValidationError("taxCodeTaken", "taxCode"))).toMatchObject({ httpStatus: 400, fieldErrors: { taxCode: "taxCodeTaken" } });
    expect(await answerTo(new ValidationError("alreadyAnswered"))).toMatchObject({ httpStatus: 400, message: "alreadyAnswered" });
    expect(await answerTo(new ValidationError("closed", "form"))).toMatchObject({ message: "closed" });
    expect(await answerTo(new NotFoundError("gone"))).toMatchObject({ httpStatus: 404, message: "notFound" });
    expect(await answerTo(new ForbiddenError("Only CSV staff move partnerships."))).toMatchObject({ httpStatus: 403, message: "forbidden" });
    expect(await answerTo(new ForbiddenError("closed"))).toMatchObject({ httpStatus: 403, message: "closed" });
    expect(await answerTo(new ConflictError("stale"))).toMatchObject({ httpStatus: 409, message: "conflict" });
    expect(await answerTo(new RateLimitedError(90))).toMatchObject({ httpStatus: 429, message: "rateLimited", retryAfter: 90 });
    await expect(answerTo(new TypeError("a bug"))).rejects.toThrow("a bug");
  });

  it("checks access to what the input names before validating it", async () => {
    const { defineAction } = await load();
    const run = jest.fn();
    const action = defineAction({
      caller: "partnershipViewer",
      schema,
      access: async () => {
        throw new NotFoundError("not yours");
      },
      run,
    });
    // Even an invalid input answers 404: the caller learns nothing about the record.
    await expect(action({ status: "idle" }, { title: "" })).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
    expect(run).not.toHaveBeenCalled();
  });
});
