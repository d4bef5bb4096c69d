import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { answerEndRequest } from "@/lib/partnerships/end-request/answer-end-request";
import { getEndRequests } from "@/lib/partnerships/end-request/get-end-requests";
import { requestPartnershipEnd } from "@/lib/partnerships/end-request/request-partnership-end";
import { withdrawEndRequest } from "@/lib/partnerships/end-request/withdraw-end-request";
import { createCollabScene } from "../../support/collab-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("a partner asks to end the partnership", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const kindsFor = async (userId: string) => (await database.db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
  const mailsTo = (email: string) => database.db.outboxEmail.findMany({ where: { to: email }, select: { subject: true, text: true } });
  const reason = "Il nostro laboratorio chiude a fine anno: non possiamo proseguire.";

  it("tells staff and the other party (in-app and by e-mail), not the asking party, and records it in the history", async () => {
    const scene = await createCollabScene(database.db, "MANAGEMENT");
    await requestPartnershipEnd(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, intent: "DISCONTINUE", reason });

    expect(await kindsFor(scene.staffUser.id)).toEqual(["partnership.endRequestedDiscontinue"]);
    expect(await kindsFor(scene.nonprofit.user.id)).toEqual(["partnership.endRequestedDiscontinue"]);
    expect(await kindsFor(scene.company.user.id)).toEqual([]);
    expect(await kindsFor(scene.outsider.user.id)).toEqual([]);
    const [mail] = await mailsTo(scene.nonprofit.user.email);
    expect(mail!.subject).toBe(`Richiesta di interrompere «${scene.partnership.title}»`);
    expect(mail!.text).toContain(reason);
    expect(mail!.text).toContain(`/workspace/partnerships/${scene.partnership.id}`);
    expect((await mailsTo(scene.staffUser.email))[0]!.text).toContain(`/staff/partnerships/${scene.partnership.id}`);

    const audit = await database.db.auditLog.findMany({ where: { targetId: scene.partnership.id, action: "partnership.end-requested" } });
    expect(audit.map((row) => [row.actorId, (row.after as { reason: string }).reason])).toEqual([[scene.company.user.id, reason]]);
    const view = await getEndRequests(database.db, scene.viewers.nonprofit, scene.partnership.id);
    expect(view.requests.map((r) => [r.side, r.intent, r.status, r.own, r.canWithdraw])).toEqual([["COMPANY", "DISCONTINUE", "OPEN", false, false]]);
    // The phase is staff's decision: nothing moved.
    expect((await database.db.partnership.findUniqueOrThrow({ where: { id: scene.partnership.id } })).phase).toBe("MANAGEMENT");
  });

  it("keeps one open request per party, refuses staff, another organisation and a closed partnership", async () => {
    const scene = await createCollabScene(database.db, "MONITORING");
    const input = { partnershipId: scene.partnership.id, intent: "COMPLETE" as const, reason };
    await requestPartnershipEnd(database.db, scene.viewers.nonprofit, input);
    await expect(requestPartnershipEnd(database.db, scene.viewers.nonprofit, input)).rejects.toEqual(new ValidationError("alreadyRequested"));
    await requestPartnershipEnd(database.db, scene.viewers.company, input);
    await expect(requestPartnershipEnd(database.db, scene.viewers.staff, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requestPartnershipEnd(database.db, scene.viewers.outsider, input)).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.partnershipEndRequest.count({ where: { partnershipId: scene.partnership.id } })).toBe(2);

    const closed = await createCollabScene(database.db, "COMPLETED");
    await expect(requestPartnershipEnd(database.db, closed.viewers.company, { ...input, partnershipId: closed.partnership.id })).rejects.toEqual(new ValidationError("closed"));
  });

  it("lets the asking party withdraw it, not the other party", async () => {
    const scene = await createCollabScene(database.db, "MANAGEMENT");
    const { id } = await requestPartnershipEnd(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, intent: "COMPLETE", reason });
    await expect(withdrawEndRequest(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id, requestId: id })).rejects.toBeInstanceOf(NotFoundError);
    await withdrawEndRequest(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, requestId: id });
    expect((await database.db.partnershipEndRequest.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
    expect(await kindsFor(scene.nonprofit.user.id)).toEqual(["partnership.endRequestedComplete", "partnership.endRequestWithdrawn"]);
    // Withdrawn, the party may ask again later.
    expect((await getEndRequests(database.db, scene.viewers.company, scene.partnership.id)).canRequest).toBe(true);
  });

  it("lets only staff answer, and tells both parties", async () => {
    const scene = await createCollabScene(database.db, "MANAGEMENT");
    const { id } = await requestPartnershipEnd(database.db, scene.viewers.company, { partnershipId: scene.partnership.id, intent: "DISCONTINUE", reason });
    const answer = { partnershipId: scene.partnership.id, requestId: id, decision: "DISCUSS" as const, answer: "Vi chiamiamo giovedì per parlarne." };
    await expect(answerEndRequest(database.db, scene.viewers.nonprofit, answer)).rejects.toBeInstanceOf(ForbiddenError);
    await answerEndRequest(database.db, scene.viewers.staff, answer);
    await expect(answerEndRequest(database.db, scene.viewers.staff, answer)).rejects.toBeInstanceOf(NotFoundError);
    const row = await database.db.partnershipEndRequest.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.answer, row.answeredById]).toEqual(["DISCUSS", answer.answer, scene.staffUser.id]);
    expect(await kindsFor(scene.company.user.id)).toEqual(["partnership.endRequestDiscuss"]);
    expect(await kindsFor(scene.nonprofit.user.id)).toEqual(["partnership.endRequestedDiscontinue", "partnership.endRequestDiscuss"]);
    expect(await database.db.auditLog.count({ where: { targetId: scene.partnership.id, action: "partnership.end-request-answered" } })).toBe(1);
  });
});
