import { RateLimitedError } from "@/lib/errors";
import { expressInterest } from "@/lib/interests/express-interest";
import { stateOfError } from "@/lib/actions/define-action";
import { postPartnershipMessage } from "@/lib/partnerships/messages/post-partnership-message";
import { MESSAGES_PER_ORGANIZATION } from "@/lib/rate-limit/write-limits";
import { createCollabScene } from "../../support/collab-builders";
import { createPartnerUser } from "../../support/factories";
import { INTEREST_MESSAGE } from "../../support/matching-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// Writes that e-mail other people are limited per user and per organisation: the write
// past the limit is refused with the seconds to wait, and nothing of it is saved.

describe("limits on messages and interests", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const messagesBy = (authorId: string) => database.db.partnershipMessage.count({ where: { authorId } });

  it("refuses a user's 31st message in ten minutes, and saves nothing of it; a colleague can still write", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    for (let index = 1; index <= 30; index += 1) {
      await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId, body: `Messaggio numero ${index}` });
    }
    const refused = await postPartnershipMessage(database.db, scene.viewers.company, { partnershipId, body: "Il trentunesimo" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(600);
    expect(await messagesBy(scene.company.user.id)).toBe(30);
    expect(await database.db.partnershipMessage.count({ where: { body: "Il trentunesimo" } })).toBe(0);

    // The limit is the author's: the other side is not silenced by it.
    await postPartnershipMessage(database.db, scene.viewers.nonprofit, { partnershipId, body: "Rispondo io" });
    expect(await messagesBy(scene.nonprofit.user.id)).toBe(1);
  });

  it("refuses a message once the organisation has sent its hourly share, whoever writes it", async () => {
    const scene = await createCollabScene(database.db);
    // The organisation's other members have already written the hour's 100 messages.
    await database.db.rateLimitBucket.create({
      data: { key: `message:org:${scene.company.organization.id}`, count: MESSAGES_PER_ORGANIZATION.limit, windowStart: new Date() },
    });
    await expect(
      postPartnershipMessage(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, body: "Uno di troppo" }),
    ).rejects.toBeInstanceOf(RateLimitedError);
    expect(await messagesBy(scene.company.user.id)).toBe(0);
  });

  it("refuses an organisation's 11th interest in a day, and saves nothing of it", async () => {
    const company = await createPartnerUser(database.db, "COMPANY");
    for (let index = 0; index < 10; index += 1) {
      const target = await createPartnerUser(database.db, "NONPROFIT");
      await expressInterest(database.db, company, { organizationId: target.organization.id, message: INTEREST_MESSAGE });
    }
    const eleventh = await createPartnerUser(database.db, "NONPROFIT");
    const refused = await expressInterest(database.db, company, { organizationId: eleventh.organization.id, message: INTEREST_MESSAGE }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(600);
    // The action answers 429 with when to retry (t.forms.rateLimited) instead of failing.
    expect(stateOfError(refused)).toMatchObject({ status: "error", message: "rateLimited", httpStatus: 429 });
    expect(await database.db.interest.count({ where: { fromOrganizationId: company.organization.id } })).toBe(10);
    expect(await database.db.interest.count({ where: { toOrganizationId: eleventh.organization.id } })).toBe(0);
  });
});
