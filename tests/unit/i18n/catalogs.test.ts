import { en } from "@/lib/i18n/messages/en";
import { it as italian } from "@/lib/i18n/messages/it";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe("message catalogs", () => {
  const itLeaves = new Map(leaves(italian as unknown as Tree));
  const enLeaves = new Map(leaves(en as unknown as Tree));

  it("have exactly the same keys in Italian and English", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...itLeaves.keys()].sort());
  });

  it("have no empty text", () => {
    for (const [key, value] of [...itLeaves, ...enLeaves]) expect({ key, empty: value.trim() === "" }).toEqual({ key, empty: false });
  });

  it("are really translated where the words differ", () => {
    expect(en.landing.lead).not.toBe(italian.landing.lead);
    expect(en.login.invalidCredentials).not.toBe(italian.login.invalidCredentials);
  });
});
