import { countSharedStems, readDescription, stemItalianWord } from "@/lib/match/read-description";

describe("readDescription", () => {
  it("stems inflected Italian words to the same root", () => {
    expect(stemItalianWord("sportive")).toBe(stemItalianWord("sport"));
    expect(stemItalianWord("anziani")).toBe(stemItalianWord("anziano"));
    expect(stemItalianWord("alimenti")).toBe(stemItalianWord("alimentari"));
  });

  it("finds the same themes in different words", () => {
    const a = readDescription("Squadra di minibasket per bambini.");
    const b = readDescription("Iniziative sportive per i ragazzi del paese.");
    expect(a.concepts & b.concepts).not.toBe(0);
  });

  it("drops what a description refuses", () => {
    const refused = readDescription("Non accetta partner dello sport o del gioco.");
    const sport = readDescription("Sport per tutti.");
    expect(refused.concepts & sport.concepts).toBe(0);
  });

  it("does not take a sportello for sport", () => {
    expect(readDescription("Uno sportello per lo SPID.").concepts & readDescription("Sport.").concepts).toBe(0);
  });

  it("counts shared stems between two descriptions", () => {
    const a = readDescription("Laboratori di robotica nei quartieri.");
    const b = readDescription("Un laboratorio di robotica.");
    expect(countSharedStems(a.stems, b.stems)).toBe(2);
  });
});
