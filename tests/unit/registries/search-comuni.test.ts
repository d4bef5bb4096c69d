import { searchComuni } from "@/lib/geo";

describe("comune search", () => {
  it("finds comuni of all Italy by the start of their name, accents and case ignored", () => {
    expect(searchComuni("piacen")[0]).toEqual({ value: "Piacenza", name: "Piacenza", province: "PC", region: "Emilia-Romagna" });
    expect(searchComuni("SANNAZZARO DE")[0]?.name).toBe("Sannazzaro de' Burgondi");
    expect(searchComuni("roma").map((option) => option.value)).toContain("Roma");
  });

  it("names the province of names two provinces share, and finds a word inside a name", () => {
    expect(searchComuni("samone").map((option) => option.value).sort()).toEqual(["Samone (TN)", "Samone (TO)"]);
    expect(searchComuni("burgondi").map((option) => option.name)).toContain("Sannazzaro de' Burgondi");
  });

  it("answers at most 20, and nothing for an empty text", () => {
    expect(searchComuni("san")).toHaveLength(20);
    expect(searchComuni("  ")).toEqual([]);
  });
});
