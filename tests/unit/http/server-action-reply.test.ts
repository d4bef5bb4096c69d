import { isWellFormedReply, replyPartsOf } from "@/lib/http/server-action-reply";

const text = (root: string) => isWellFormedReply({ root, partIds: new Set() });

describe("a server action's reply body", () => {
  it("is what React's client sends: a list of arguments, plain values and encoded ones", () => {
    expect(text('[{"status":"idle"},{"partnershipId":"c1","note":"$$ costa 5 euro"}]')).toBe(true);
    expect(text('[{"status":"error","fieldErrors":"$undefined","n":"$NaN","d":"$D2026-01-01T00:00:00.000Z"},"$n123"]')).toBe(true);
    expect(text("[]")).toBe(true);
    expect(text('[{"status":"idle"},"$K1"]')).toBe(true);
  });

  it("is refused when it is not JSON, not a list, or references a part it does not carry", () => {
    for (const root of ["", "not json", "{}", '"$K1"', "42", "null", '["$@1"]', '["$Q5"]', '["$1"]', '[{"a":"$Y1"}]', '["$nope"]', '["$hello"]', '["$"]']) {
      expect([root, text(root)]).toEqual([root, false]);
    }
    const deep = JSON.stringify(Array.from({ length: 100 }).reduce<unknown>((inner) => [inner], "x"));
    expect(text(deep)).toBe(false);
  });

  it("follows references into the parts of a multipart body (decimal field names, hex references)", () => {
    const multipart = replyPartsOf([
      ["0", '[{"status":"idle"},"$K1","$a"]'],
      ["1_title", "Titolo"],
      ["10", '{"nested":"$@b"}'],
      ["11", "[]"],
    ]);
    expect(multipart).not.toBeNull();
    expect(isWellFormedReply(multipart!.parts, multipart!.models)).toBe(true);
    const broken = replyPartsOf([["0", '["$a"]'], ["10", '{"nested":"$@c"}']]);
    expect(isWellFormedReply(broken!.parts, broken!.models)).toBe(false);
    expect(replyPartsOf([["1_title", "senza radice"]])).toBeNull();
  });
});
