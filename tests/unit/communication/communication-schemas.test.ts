import { approveStorySchema, isWebLink, saveCommunicationItemSchema, saveStorySchema } from "@/lib/partnerships/communication/communication-schemas";
import { storyHash } from "@/lib/partnerships/communication/story-hash";

describe("links of the communication plan", () => {
  it.each(["https://www.csvpavia.it/notizie/ticino", "http://amicidelticino.it"])("accepts the web address %s", (link) => {
    expect(isWebLink(link)).toBe(true);
  });

  it.each(["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.it/file", "www.example.it", "https://localhost", "not a link"])(
    "refuses %s",
    (link) => {
      expect(isWebLink(link)).toBe(false);
    },
  );
});

describe("an item of the communication plan", () => {
  const base = { partnershipId: "p1", channel: "SOCIAL", title: "Post sulla giornata al fiume", plannedOn: "2026-05-10" } as const;

  it("is planned by default and needs no link", () => {
    expect(saveCommunicationItemSchema.parse(base)).toMatchObject({ status: "PLANNED", link: "" });
  });

  it("needs a link once published", () => {
    const result = saveCommunicationItemSchema.safeParse({ ...base, status: "PUBLISHED" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["link"], message: "linkRequiredWhenPublished" });
    expect(saveCommunicationItemSchema.safeParse({ ...base, status: "PUBLISHED", link: "https://example.it/post" }).success).toBe(true);
  });

  it("refuses a link that is not http(s)", () => {
    const result = saveCommunicationItemSchema.safeParse({ ...base, link: "javascript:alert(1)" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["link"], message: "linkInvalid" });
  });
});

describe("the public story", () => {
  it("is between 50 and 2,000 characters, not counting surrounding spaces", () => {
    expect(saveStorySchema.safeParse({ partnershipId: "p1", story: `  ${"a".repeat(49)}  ` }).error?.issues[0]?.message).toBe("storyTooShort");
    expect(saveStorySchema.safeParse({ partnershipId: "p1", story: "a".repeat(50) }).success).toBe(true);
    expect(saveStorySchema.safeParse({ partnershipId: "p1", story: "a".repeat(2001) }).error?.issues[0]?.message).toBe("storyTooLong");
  });

  it("is approved by naming the fingerprint of the exact text read", () => {
    expect(storyHash("Una storia.")).toMatch(/^[0-9a-f]{64}$/);
    expect(storyHash("Una storia.")).not.toBe(storyHash("Una storia!"));
    expect(approveStorySchema.safeParse({ partnershipId: "p1", storyHash: storyHash("x") }).success).toBe(true);
    expect(approveStorySchema.safeParse({ partnershipId: "p1", storyHash: "stale" }).success).toBe(false);
  });
});
