import { buildAgreementDocument } from "@/lib/partnerships/agreement/agreement-document";
import { buildAgreementTemplate } from "@/lib/partnerships/agreement/agreement-template";
import type { AgreementView } from "@/lib/partnerships/agreement/get-agreement";

const content = buildAgreementTemplate({ locale: "it", title: "Riso solidale", companyName: "Riseria S.p.A.", nonprofitName: "Terra Buona APS", commonGoal: "Riso per 300 famiglie", today: new Date("2026-03-01T00:00:00Z") });

const view = {
  partnership: { id: "p1", title: "Riso solidale", commonGoal: "Riso per 300 famiglie", phase: "AGREEMENT", company: { id: "c", name: "Riseria S.p.A.", comune: "Vigevano" }, nonprofit: { id: "n", name: "Terra Buona APS", comune: "Cassolnovo" } },
  agreement: { ...content, id: "a1", revision: 2, createdAt: new Date(), updatedAt: new Date() },
  contributions: {
    COMPANY: [
      { kind: "MONEY", description: "Contributo per il confezionamento", valueCents: 500000 },
      { kind: "GOODS", description: "Riso", valueCents: 125050 },
    ],
    NONPROFIT: [{ kind: "VOLUNTEER_HOURS", description: "Volontari alla distribuzione", valueCents: null }],
  },
  indicators: [{ name: "Famiglie raggiunte", unit: "famiglie", baseline: "0", target: "300", direction: "INCREASE" }],
  acceptances: [],
  current: { COMPANY: null, NONPROFIT: null },
  signedByBoth: false,
} as unknown as AgreementView;

describe("the agreement as a document", () => {
  it("numbers its articles in order, from the parties to termination", () => {
    const document = buildAgreementDocument(view, "it");
    expect(document?.articles.map((article) => article.label)).toEqual([
      "Art. 1 – Le parti",
      "Art. 2 – Obiettivo comune",
      "Art. 3 – Obiettivi",
      "Art. 4 – Contributi delle parti",
      "Art. 5 – Durata",
      "Art. 6 – Responsabilità",
      "Art. 7 – Comunicazione",
      "Art. 8 – Uso dei nomi e dei loghi",
      "Art. 9 – Indicatori",
      "Art. 10 – Protezione dei dati personali",
      "Art. 11 – Recesso e cessazione",
    ]);
  });

  it("lists each side's contributions with euro values and their total, and the recorded indicators", () => {
    const document = buildAgreementDocument(view, "it");
    const contributions = document?.articles[3]?.lists;
    expect(contributions?.[0]?.title).toBe("Riseria S.p.A. mette a disposizione:");
    expect(contributions?.[0]?.items[0]).toMatch(/^Denaro: Contributo per il confezionamento \(valore stimato 5\.000,00\s€\)$/);
    expect(contributions?.[0]?.note).toMatch(/6\.250,50\s€/);
    expect(contributions?.[1]?.items).toEqual(["Ore di volontariato: Volontari alla distribuzione"]);
    expect(document?.articles[4]?.paragraphs).toEqual(["L'accordo ha effetto dal 1 marzo 2026 al 28 febbraio 2027."]);
    expect(document?.articles[8]?.lists[0]?.items).toEqual(["Famiglie raggiunte (famiglie): valore di partenza 0, obiettivo 300"]);
  });

  it("is in English for an English reader, and absent without an agreement", () => {
    expect(buildAgreementDocument(view, "en")?.articles[0]?.label).toBe("Art. 1 – The parties");
    expect(buildAgreementDocument({ ...view, agreement: null }, "it")).toBeNull();
  });
});
