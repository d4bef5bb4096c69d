import { readdirSync } from "node:fs";
import path from "node:path";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";
import { createPartnership, createPartnerUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// Every server action of the partnership page, called as a partner of ANOTHER
// organisation, must answer 404 (Next's notFound()) and change nothing — whatever else the
// input holds; the only row written is the security event of that refused access. The
// session guard is replaced by a fixed viewer; the rest (the recording of refusals included) is real.

let viewer: PartnershipViewer;
jest.mock("@/lib/auth/guards", () => ({ ...jest.requireActual("@/lib/auth/guards"), requirePartnershipViewer: async () => viewer }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
  cookies: async () => ({ get: () => undefined }),
}));

type Action = (state: { status: "idle" }, input: FormData) => Promise<unknown>;

/** Every partnership action: one file each in lib/actions/partnerships. */
async function allActions(): Promise<[string, Action][]> {
  const directory = path.join(process.cwd(), "lib/actions/partnerships");
  const modules = await Promise.all(
    readdirSync(directory)
      .filter((file) => file.endsWith(".ts"))
      .map((file) => import(`@/lib/actions/partnerships/${file.replace(/\.ts$/, "")}`) as Promise<Record<string, unknown>>),
  );
  return modules.flatMap((module) => Object.entries(module).filter(([, value]) => typeof value === "function") as [string, Action][]);
}

describe("partnership actions called by a partner of another organisation", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("answer 404 for every action, and write nothing", async () => {
    const company = await createPartnerUser(database.db, "COMPANY");
    const nonprofit = await createPartnerUser(database.db, "NONPROFIT");
    const partnership = await createPartnership(database.db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id });
    const stranger = await createPartnerUser(database.db, "NONPROFIT");
    viewer = { kind: "partner", userId: stranger.user.id, organizationId: stranger.organization.id };
    const before = await database.db.auditLog.count();

    const actions = await allActions();
    expect(actions.length).toBeGreaterThanOrEqual(28);
    for (const [name, action] of actions) {
      // A plausible input: the partnership's id plus fields most forms have.
      const input = new FormData();
      input.set("partnershipId", partnership.id);
      input.set("body", "Un messaggio che non deve arrivare");
      input.set("text", "Una voce che non deve comparire");
      const outcome = await action({ status: "idle" }, input).then(
        (state) => ({ state }),
        (error: unknown) => ({ error }),
      );
      expect([name, outcome]).toEqual([name, { error: expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) }) }]);
    }

    // One security event for the stranger and this partnership (bounded: not one per action).
    const written = await database.db.auditLog.findMany({ skip: before, orderBy: { createdAt: "asc" }, select: { actorId: true, targetId: true } });
    expect(written).toEqual([{ actorId: stranger.user.id, targetId: partnership.id }]);
    expect(await database.db.partnershipMessage.count({ where: { partnershipId: partnership.id } })).toBe(0);
    expect(await database.db.checklistItem.count({ where: { partnershipId: partnership.id, templateKey: null } })).toBe(0);
    expect(await database.db.partnership.count({ where: { renewedFromId: partnership.id } })).toBe(0);
  });

  it("let a member of the partnership through the same door", async () => {
    const company = await createPartnerUser(database.db, "COMPANY");
    const nonprofit = await createPartnerUser(database.db, "NONPROFIT");
    const partnership = await createPartnership(database.db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id });
    viewer = { kind: "partner", userId: company.user.id, organizationId: company.organization.id };
    const { postMessageAction } = await import("@/lib/actions/partnerships/post-message");
    const input = new FormData();
    input.set("partnershipId", partnership.id);
    input.set("body", "Buongiorno, ci vediamo giovedì?");
    await expect(postMessageAction({ status: "idle" }, input)).resolves.toMatchObject({ status: "success" });
    expect(await database.db.partnershipMessage.count({ where: { partnershipId: partnership.id } })).toBe(1);
  });
});
