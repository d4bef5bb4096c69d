import { acceptAgreementSchema, updateAgreementSchema } from "@/lib/partnerships/agreement/agreement-schema";
import { buildAgreementTemplate } from "@/lib/partnerships/agreement/agreement-template";

const content = buildAgreementTemplate({ locale: "it", title: "T", companyName: "A", nonprofitName: "B", commonGoal: "G", today: new Date("2026-01-10T00:00:00Z") });

describe("the agreement's form schemas", () => {
  it("accepts an edit with the revision read and a ticked checkbox as sent by a form", () => {
    const parsed = updateAgreementSchema.parse({ ...content, partnershipId: "p1", expectedRevision: "3", confirmCancelAcceptances: "on" });
    expect(parsed).toMatchObject({ expectedRevision: 3, confirmCancelAcceptances: true });
    expect(updateAgreementSchema.parse({ ...content, partnershipId: "p1", expectedRevision: 3 }).confirmCancelAcceptances).toBe(false);
  });

  it("names the field of each problem", () => {
    const result = updateAgreementSchema.safeParse({ ...content, objectives: "  ", endsOn: content.startsOn, partnershipId: "p1", expectedRevision: 1 });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual(expect.arrayContaining([["objectives", "required"]]));
  });

  it("refuses an end date not after the start", () => {
    const result = updateAgreementSchema.safeParse({ ...content, endsOn: "2026-01-09", partnershipId: "p1", expectedRevision: 1 });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["endsOn", "endBeforeStart"]]);
  });

  it("refuses a day that does not exist", () => {
    const result = updateAgreementSchema.safeParse({ ...content, endsOn: "2027-02-30", partnershipId: "p1", expectedRevision: 1 });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["endsOn", "invalidDate"]]);
  });

  it("needs a name, a role and the explicit confirmation to accept", () => {
    const base = { partnershipId: "p1", revision: 1, side: "COMPANY", signerName: "Alessandro Conti", signerRole: "Legale rappresentante" };
    expect(acceptAgreementSchema.safeParse({ ...base, confirm: "on" }).success).toBe(true);
    expect(acceptAgreementSchema.safeParse(base).error?.issues[0]?.message).toBe("confirmRequired");
    expect(acceptAgreementSchema.safeParse({ ...base, signerName: "", confirm: true }).error?.issues[0]?.message).toBe("signerNameRequired");
    expect(acceptAgreementSchema.safeParse({ ...base, side: "STAFF", confirm: true }).success).toBe(false);
  });
});

describe("the agreement's first draft", () => {
  it("starts on the day in Italy, even late in the evening UTC", () => {
    const draft = buildAgreementTemplate({ locale: "it", title: "T", companyName: "A", nonprofitName: "B", commonGoal: "G", today: new Date("2026-06-30T22:30:00Z") });
    expect(draft.startsOn).toBe("2026-07-01");
    expect(draft.endsOn).toBe("2027-06-30");
  });
});
