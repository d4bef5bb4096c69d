import { acceptAgreement } from "@/lib/partnerships/agreement/accept-agreement";
import { createAgreement } from "@/lib/partnerships/agreement/create-agreement";
import { getAgreement } from "@/lib/partnerships/agreement/get-agreement";
import { renderAgreementPdf } from "@/lib/partnerships/agreement/render-agreement-pdf";
import { createAgreementScene } from "../../support/agreement-builders";
import { extractPdfText } from "../../support/extract-pdf-text";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("the agreement PDF prints every signatory's name as written", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("contains \"Ștefan Łukasz Nguyễn\" and \"Zoë Ağaoğlu-Ñúñez\" (Romanian, Polish, Vietnamese, Turkish, Spanish letters)", async () => {
    const scene = await createAgreementScene(database.db);
    const partnershipId = scene.partnership.id;
    await createAgreement(database.db, scene.asCompany, { partnershipId }, { locale: "it" });
    const common = { partnershipId, revision: 1, confirm: true } as const;
    await acceptAgreement(database.db, scene.asCompany, { ...common, side: "COMPANY", signerName: "Ștefan Łukasz Nguyễn", signerRole: "Amministratore unico", confirm: true }, { ipAddress: "192.0.2.10" });
    await acceptAgreement(database.db, scene.asNonprofit, { ...common, side: "NONPROFIT", signerName: "Zoë Ağaoğlu-Ñúñez", signerRole: "Presidentă", confirm: true }, { ipAddress: "192.0.2.11" });

    const view = await getAgreement(database.db, scene.asCompany, { partnershipId });
    const pdf = await renderAgreementPdf(view, "it");
    if (!pdf) throw new Error("PDF expected");
    const text = await extractPdfText(pdf);
    expect(text).toContain("Ștefan Łukasz Nguyễn");
    expect(text).toContain("Zoë Ağaoğlu-Ñúñez");
    expect(text).toContain("Presidentă");
    expect(text).not.toContain("?tefan");
  });
});
