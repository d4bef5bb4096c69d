import { readFileSync } from "node:fs";
import path from "node:path";
import { formatExchangeError, parseExchangeDocument, parseExchangeFile } from "@/lib/profiles/exchange-format";

const SAMPLE = path.resolve(__dirname, "../../fixtures/match-eval/sample.json");

type RawDocument = { version: unknown; profiles: Array<Record<string, unknown>>; cases?: Array<Record<string, unknown>> };

function validDocument(): RawDocument {
  return {
    version: 1,
    profiles: [
      {
        id: "c-1", kind: "company", name: "Azienda", comune: "Pavia", description: "Descrizione.",
        causes: ["a"], offers: ["funding"], needs: [], horizons: ["annual"], rangeKm: 20, employees: 10,
        budgetEur: 1000, volunteerHours: 0, sector: "C 10.7", sectorTags: [], excludeCauses: [],
      },
      {
        id: "np-1", kind: "nonprofit", name: "Ente", comune: "Vigevano", description: "Descrizione.",
        causes: ["a"], sdgs: [1, 2], offers: ["storytelling"], needs: ["funding"], horizons: ["annual"],
        legalForm: "ODV", volunteersHosted: 0, projectBudgetEur: 500, excludeSectorTags: [],
      },
    ],
    cases: [{ subject: "c-1", ideal: ["np-1"], acceptable: [], forbidden: [] }],
  };
}

function errorsOf(document: unknown): string[] {
  const result = parseExchangeDocument(document);
  if (result.ok) throw new Error("expected the document to be rejected");
  return result.errors.map(formatExchangeError);
}

function company(doc: RawDocument): Record<string, unknown> {
  return doc.profiles[0] as Record<string, unknown>;
}

function nonprofit(doc: RawDocument): Record<string, unknown> {
  return doc.profiles[1] as Record<string, unknown>;
}

describe("parseExchangeFile", () => {
  it("reads the judged sample into typed profiles and cases", () => {
    const result = parseExchangeFile(readFileSync(SAMPLE, "utf8"));
    if (!result.ok) throw new Error(result.errors.map(formatExchangeError).join("\n"));
    expect(result.document.profiles).toHaveLength(28);
    expect(result.document.cases).toHaveLength(12);
    const first = result.document.profiles[0];
    expect(first?.kind === "company" && first.rangeKm).toBe(12);
  });

  it("accepts a minimal valid document, cases optional", () => {
    const doc = validDocument();
    delete doc.cases;
    const result = parseExchangeDocument(doc);
    expect(result.ok).toBe(true);
  });

  it("rejects text that is not JSON", () => {
    const result = parseExchangeFile("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatExchangeError(result.errors[0]!)).toMatch(/^documento: JSON non valido/);
  });

  it("rejects another version", () => {
    const doc = validDocument();
    doc.version = 2;
    expect(errorsOf(doc)).toEqual(['documento: campo "version": valore 2 non ammesso (ammessi: 1)']);
  });

  it("names the profile and the field of an unknown code", () => {
    const doc = validDocument();
    company(doc).offers = ["funding", "skills:cooking"];
    nonprofit(doc).causes = ["a", "ab"];
    company(doc).horizons = ["forever"];
    expect(errorsOf(doc)).toEqual([
      'profilo "c-1": campo "offers": codice "skills:cooking" sconosciuto',
      'profilo "c-1": campo "horizons": valore "forever" non ammesso (ammessi: "one-off", "annual", "multi-year")',
      'profilo "np-1": campo "causes": codice "ab" sconosciuto',
    ]);
  });

  it("requires the fields of each kind", () => {
    const doc = validDocument();
    delete company(doc).rangeKm;
    delete nonprofit(doc).legalForm;
    expect(errorsOf(doc)).toEqual([
      'profilo "c-1": campo "rangeKm": obbligatorio, manca',
      'profilo "np-1": campo "legalForm": obbligatorio, manca',
    ]);
  });

  it("rejects wrong types and out-of-range numbers", () => {
    const doc = validDocument();
    company(doc).budgetEur = "mille";
    company(doc).employees = 2.5;
    nonprofit(doc).sdgs = [18];
    nonprofit(doc).volunteersHosted = -1;
    const errors = errorsOf(doc);
    expect(errors).toContain('profilo "c-1": campo "budgetEur": tipo errato: atteso number');
    expect(errors).toContain('profilo "c-1": campo "employees": deve essere un numero intero');
    expect(errors).toContain('profilo "np-1": campo "sdgs": deve essere al più 17');
    expect(errors).toContain('profilo "np-1": campo "volunteersHosted": non può essere negativo');
  });

  it("rejects an unknown kind, an unknown field and an unknown comune", () => {
    const doc = validDocument();
    company(doc).kind = "impresa";
    nonprofit(doc).comune = "Atlantide";
    nonprofit(doc).sdg = [1];
    const errors = errorsOf(doc);
    expect(errors).toContain('profilo "c-1": campo "kind": valore "impresa" non ammesso (ammessi: "company", "nonprofit")');
    expect(errors).toContain('profilo "np-1": campo "comune": comune non riconosciuto (serve il nome ufficiale di un comune italiano)');
    expect(errors).toContain('profilo "np-1": campo "sdg": campo non previsto dal formato');
  });

  it("accepts comuni of all Italy, and asks for the province of a name two provinces share", () => {
    const doc = validDocument();
    nonprofit(doc).comune = "Roma";
    company(doc).comune = "Piacenza";
    expect(parseExchangeDocument(doc).ok).toBe(true);
    nonprofit(doc).comune = "Samone";
    expect(errorsOf(doc)).toContain(
      'profilo "np-1": campo "comune": più comuni hanno questo nome: indica la provincia, per esempio "Samone (TO)" o "Samone (TN)"',
    );
    nonprofit(doc).comune = "Samone (TN)";
    expect(parseExchangeDocument(doc).ok).toBe(true);
  });

  it("accepts a comune written loosely", () => {
    const doc = validDocument();
    nonprofit(doc).comune = "sannazzaro de’ burgondi";
    expect(parseExchangeDocument(doc).ok).toBe(true);
  });

  it("rejects repeated ids", () => {
    const doc = validDocument();
    nonprofit(doc).id = "c-1";
    expect(errorsOf(doc)).toContain('profilo "c-1": campo "id": id ripetuto: deve essere unico nel file');
  });

  it("rejects cases naming unknown profiles or profiles of the subject's kind", () => {
    const doc = validDocument();
    doc.cases = [
      { subject: "c-9", ideal: [], acceptable: [], forbidden: [] },
      { subject: "c-1", ideal: ["np-9"], acceptable: ["c-1"], forbidden: [] },
    ];
    expect(errorsOf(doc)).toEqual([
      'caso n. 1 (soggetto "c-9"): campo "subject": profilo "c-9" inesistente',
      'caso n. 2 (soggetto "c-1"): campo "ideal": profilo "np-9" inesistente',
      'caso n. 2 (soggetto "c-1"): campo "acceptable": "c-1" è dello stesso tipo del soggetto (company)',
    ]);
  });

  it("names a profile without id by its position", () => {
    const doc = validDocument();
    delete company(doc).id;
    expect(errorsOf(doc)[0]).toBe('profilo n. 1 (senza id): campo "id": obbligatorio, manca');
  });
});
