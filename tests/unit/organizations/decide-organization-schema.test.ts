import { decideOrganizationSchema } from "@/lib/organizations/review-schemas";

// The review form's three buttons post to one action: the pressed one chooses the rule.
describe("decideOrganizationSchema", () => {
  it("lets an approval go without a message", () => {
    expect(decideOrganizationSchema.parse({ decision: "approve", organizationId: "org-1", message: "" })).toEqual({ decision: "approve", organizationId: "org-1", message: "" });
  });

  it.each(["request-changes", "reject"])("asks %s for a message of at least 5 characters", (decision) => {
    const result = decideOrganizationSchema.safeParse({ decision, organizationId: "org-1", message: " ok " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["message", "messageRequired"]]);
    expect(decideOrganizationSchema.parse({ decision, organizationId: "org-1", message: "  Manca il bilancio.  " })).toMatchObject({ message: "Manca il bilancio." });
  });

  it("refuses a decision that is not one of the three, and a missing organisation", () => {
    expect(decideOrganizationSchema.safeParse({ decision: "delete", organizationId: "org-1", message: "Perché sì." }).success).toBe(false);
    expect(decideOrganizationSchema.safeParse({ organizationId: "org-1", message: "Perché sì." }).success).toBe(false);
    expect(decideOrganizationSchema.safeParse({ decision: "approve", organizationId: "" }).success).toBe(false);
  });
});
