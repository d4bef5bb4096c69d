import { readDescription } from "@/lib/match/read-description";
import { createRandom } from "../../../scripts/match-profile-generator";
import { readDescription as readByRegex } from "./reference-read-description";

// Accents, capitals, typographic apostrophes, decomposed accents (a + U+0300), ligatures,
// dotted capital I, letters outside Latin, digits, negations and multi-word themes.
const WORDS = (
  "Anziani RAGAZZI bambini famiglie Scuole sport calcio città perché Perché È però l’anno l'anno non senza " +
  "protezione civile Protezione Civile sportello sportivi 2024 a\u0300nziani İstanbul ﬁore ß Ærea naïve café " +
  "Ḁlto — « » € … ciò\u0301 x\u0483y Kelvin\u212A o'clock disabilità povertà inserimento lavorativo"
).split(" ");
const SEPARATORS = [" ", ". ", ", ", "; ", "(", ") ", "\n", "  ", " - ", "’", "!", ": ", "?"];

describe("readDescription, one pass over the characters", () => {
  it("reads 5,000 random texts exactly as the regex reader did", () => {
    const random = createRandom(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
    for (let n = 0; n < 5_000; n++) {
      let text = "";
      const length = 1 + Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += pick(WORDS) + pick(SEPARATORS);
      const fast = readDescription(text);
      const reference = readByRegex(text);
      expect({ text, concepts: fast.concepts, stems: [...fast.stems] }).toEqual({
        text,
        concepts: reference.concepts,
        stems: [...reference.stems],
      });
    }
  });
});
