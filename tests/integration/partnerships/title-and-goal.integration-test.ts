import { NotFoundError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/get-messages";
import { buildAgreementDocument } from "@/lib/partnerships/agreement/agreement-document";
import { getAgreement } from "@/lib/partnerships/agreement/get-agreement";
import { listPartnershipHistory } from "@/lib/partnerships/history/list-partnership-history";
import { renewPartnership } from "@/lib/partnerships/closing/renew-partnership";
import { getClosing } from "@/lib/partnerships/closing/get-closing";
import { updateTitleAndGoal } from "@/lib/partnerships/goal/update-title-and-goal";
import { getImpactReport } from "@/lib/partnerships/report/get-impact-report";
import { createOutsider, createPartnershipWithMembers, createStaffViewer, signAgreement } from "../../support/monitoring-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const GOAL = "Donare 40 computer ricondizionati a 40 ragazzi del doposcuola entro giugno 2027.";

describe("the partnership's title and common goal", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const read = (id: string) => database.db.partnership.findUniqueOrThrow({ where: { id }, select: { title: true, commonGoal: true } });

  it("are rewritten by either partner and by staff, each change in the history, and the agreement's Art. 2 and the report carry the current goal", async () => {
    const { partnership, companyViewer, nonprofitViewer } = await createPartnershipWithMembers(database.db, "NEGOTIATION");
    const staff = await createStaffViewer(database.db);
    await updateTitleAndGoal(database.db, companyViewer, { partnershipId: partnership.id, title: "Computer per il doposcuola", commonGoal: "Un primo obiettivo ancora da precisare bene." });
    await updateTitleAndGoal(database.db, nonprofitViewer, { partnershipId: partnership.id, title: "Computer per il doposcuola", commonGoal: GOAL });
    await updateTitleAndGoal(database.db, staff, { partnershipId: partnership.id, title: "Un computer per ogni ragazzo", commonGoal: GOAL });
    expect(await read(partnership.id)).toEqual({ title: "Un computer per ogni ragazzo", commonGoal: GOAL });

    const history = await database.db.auditLog.findMany({ where: { targetId: partnership.id, action: "partnership.titleGoal" }, orderBy: { createdAt: "asc" }, select: { before: true, after: true } });
    expect(history).toHaveLength(3);
    expect(history[1]).toMatchObject({ before: { commonGoal: "Un primo obiettivo ancora da precisare bene." }, after: { commonGoal: GOAL } });
    const shown = (await listPartnershipHistory(database.db, staff, { partnershipId: partnership.id })).filter((entry) => entry.kind === "titleGoal");
    expect(shown[0]).toMatchObject({ kind: "titleGoal", title: "Un computer per ogni ragazzo", commonGoal: GOAL });

    await signAgreement(database.db, partnership.id, []);
    const document = buildAgreementDocument(await getAgreement(database.db, companyViewer, { partnershipId: partnership.id }), "it");
    const goalArticle = document?.articles.find((article) => article.heading === getMessages("it").agreement.document.headings.goal);
    expect(goalArticle?.paragraphs).toEqual([GOAL]);
    expect((await getImpactReport(database.db, staff, { partnershipId: partnership.id })).partnership.commonGoal).toBe(GOAL);
  });

  it("are refused with a clear message once both accepted the agreement, on a closed partnership, and (as not found) to other organisations", async () => {
    const signed = await createPartnershipWithMembers(database.db, "AGREEMENT");
    await signAgreement(database.db, signed.partnership.id, ["COMPANY", "NONPROFIT"]);
    const input = { partnershipId: signed.partnership.id, title: "Nuovo titolo", commonGoal: GOAL };
    await expect(updateTitleAndGoal(database.db, signed.companyViewer, input)).rejects.toMatchObject({ message: "agreementAccepted" });
    await expect(updateTitleAndGoal(database.db, await createStaffViewer(database.db), input)).rejects.toMatchObject({ message: "agreementAccepted" });

    const closed = await createPartnershipWithMembers(database.db, "COMPLETED");
    await expect(updateTitleAndGoal(database.db, closed.companyViewer, { ...input, partnershipId: closed.partnership.id })).rejects.toMatchObject({ message: "closed" });

    const open = await createPartnershipWithMembers(database.db, "PLANNING");
    await expect(updateTitleAndGoal(database.db, await createOutsider(database.db), { ...input, partnershipId: open.partnership.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTitleAndGoal(database.db, open.companyViewer, { ...input, commonGoal: "corto" })).rejects.toThrow();
    for (const id of [signed.partnership.id, closed.partnership.id, open.partnership.id]) {
      expect((await read(id)).commonGoal).not.toBe(GOAL);
    }
    expect(await database.db.auditLog.count({ where: { action: "partnership.titleGoal", targetId: { in: [signed.partnership.id, closed.partnership.id, open.partnership.id] } } })).toBe(0);
  });

  it("after one side accepted, change only when the editor confirms that acceptance is cancelled", async () => {
    const { partnership, nonprofitViewer } = await createPartnershipWithMembers(database.db, "AGREEMENT");
    const agreement = await signAgreement(database.db, partnership.id, ["COMPANY"]);
    const input = { partnershipId: partnership.id, title: "Titolo rivisto", commonGoal: GOAL };
    await expect(updateTitleAndGoal(database.db, nonprofitViewer, input)).rejects.toMatchObject({ message: "confirmCancelRequired", field: "confirmCancelAcceptances" });
    await updateTitleAndGoal(database.db, nonprofitViewer, { ...input, confirmCancelAcceptances: "on" });
    expect(await database.db.agreementAcceptance.count({ where: { agreementId: agreement.id, cancelledAt: null } })).toBe(0);
    expect((await database.db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).revision).toBe(2);
  });

  it("are confirmed or rewritten when a completed partnership is renewed", async () => {
    const { partnership, companyViewer } = await createPartnershipWithMembers(database.db, "COMPLETED");
    const closing = await getClosing(database.db, companyViewer, partnership.id);
    expect(closing.proposedRenewal?.title).toMatch(/\(rinnovo \d{4}\)$/);
    const { id } = await renewPartnership(database.db, companyViewer, { partnershipId: partnership.id, title: "Seconda edizione", commonGoal: GOAL });
    expect(await read(id)).toEqual({ title: "Seconda edizione", commonGoal: GOAL });
    expect((await getClosing(database.db, companyViewer, partnership.id)).proposedRenewal).toBeNull();
  });
});
