import { findUnsafeText, isSafeText } from "@/lib/actions/find-unsafe-text";

describe("findUnsafeText", () => {
  it("accepts ordinary Italian text, emoji and accents", () => {
    expect(isSafeText("Perché sì: 🍕 Ștefan Nguyễn")).toBe(true);
    expect(findUnsafeText({ body: "ciao", tags: ["a", "b"], nested: { n: 3 } })).toBeNull();
  });

  it("names the field that holds a NUL byte", () => {
    expect(findUnsafeText({ title: "ok", body: "a\u0000b" })).toBe("body");
  });

  it("names the nested path of a lone surrogate, high or low", () => {
    expect(findUnsafeText({ answers: { causes: ["ok", "x\uD800"] } })).toBe("answers.causes.1");
    expect(findUnsafeText({ text: "\uDC00x" })).toBe("text");
  });

  it("refuses an unsafe key and a body nested beyond reason", () => {
    expect(findUnsafeText({ "a\u0000": "x" })).toBe("form");
    let deep: unknown = "x";
    for (let i = 0; i < 40; i++) deep = { d: deep };
    expect(findUnsafeText(deep)).not.toBeNull();
  });
});
