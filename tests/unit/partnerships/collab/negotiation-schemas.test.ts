import { addContributionSchema } from "@/lib/partnerships/negotiation/negotiation-schemas";
import { postMessageSchema } from "@/lib/partnerships/messages/message-schemas";

const base = { partnershipId: "p1", side: "", kind: "MONEY", description: "Contributo per il furgone", value: "" };
const firstMessage = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => result.error?.issues[0];

describe("the contribution form's rules", () => {
  it("accepts a contribution without a value, or with one written the Italian or the English way", () => {
    for (const value of ["", "1.234,50", "1234.50", "€ 80"]) expect(addContributionSchema.safeParse({ ...base, value }).success).toBe(true);
  });

  it("names what is wrong with an amount, on the value field", () => {
    expect(firstMessage(addContributionSchema.safeParse({ ...base, value: "-3" }))).toMatchObject({ message: "amountNegative", path: ["value"] });
    expect(firstMessage(addContributionSchema.safeParse({ ...base, value: "tre euro" }))).toMatchObject({ message: "amountInvalid", path: ["value"] });
    expect(firstMessage(addContributionSchema.safeParse({ ...base, value: "20.000.000" }))).toMatchObject({ message: "amountTooLarge", path: ["value"] });
    // "1,500" is 1.5 in Italian and 1500 in English: refused with its own explanation.
    expect(firstMessage(addContributionSchema.safeParse({ ...base, value: "1,500" }))).toMatchObject({ message: "amountAmbiguous", path: ["value"] });
  });

  it("needs a known kind, a real description and a known side or none", () => {
    expect(firstMessage(addContributionSchema.safeParse({ ...base, kind: "GIFT" }))).toMatchObject({ message: "kindRequired" });
    expect(firstMessage(addContributionSchema.safeParse({ ...base, description: " a " }))).toMatchObject({ message: "descriptionTooShort" });
    expect(addContributionSchema.safeParse({ ...base, side: "STAFF" }).success).toBe(false);
  });
});

describe("the message form's rules", () => {
  it("takes 1 to 4000 characters after trimming", () => {
    expect(postMessageSchema.safeParse({ partnershipId: "p1", body: "Ok" }).success).toBe(true);
    expect(firstMessage(postMessageSchema.safeParse({ partnershipId: "p1", body: "   " }))).toMatchObject({ message: "bodyRequired" });
    expect(postMessageSchema.safeParse({ partnershipId: "p1", body: "x".repeat(4000) }).success).toBe(true);
    expect(firstMessage(postMessageSchema.safeParse({ partnershipId: "p1", body: "x".repeat(4001) }))).toMatchObject({ message: "bodyTooLong" });
  });
});
