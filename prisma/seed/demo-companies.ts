import type { OrganizationStatus } from "@/lib/generated/prisma/client";
import { paviaTaxCode } from "./pavia-tax-code";

export type DemoCompany = {
  readonly key: string;
  readonly name: string;
  readonly comune: string;
  /** Not stored yet (the schema has no profile): kept here for the profile features. */
  readonly sector: string;
  readonly status: OrganizationStatus;
  /** Partita IVA. */
  readonly taxCode: string;
};

const ACTIVE = "ACTIVE" as const;

// Invented businesses in real comuni of the province of Pavia.
export const DEMO_COMPANIES = [
  { key: "ticino-digitale", name: "Ticino Digitale S.r.l.", comune: "Pavia", sector: "Software e servizi IT", status: ACTIVE, taxCode: paviaTaxCode("0241537") },
  { key: "forno-lomellino", name: "Forno Lomellino di Bellini e C. s.n.c.", comune: "Mortara", sector: "Panificazione", status: ACTIVE, taxCode: paviaTaxCode("0187342") },
  { key: "riseria-vigevanese", name: "Riseria Vigevanese S.p.A.", comune: "Vigevano", sector: "Agroalimentare (riso)", status: ACTIVE, taxCode: paviaTaxCode("0095218") },
  { key: "calzaturificio-ducale", name: "Calzaturificio Ducale S.r.l.", comune: "Vigevano", sector: "Calzature", status: ACTIVE, taxCode: paviaTaxCode("0113874") },
  { key: "banca-oltrepo", name: "Banca di Credito dell'Oltrepò S.p.A.", comune: "Voghera", sector: "Banca e credito", status: ACTIVE, taxCode: paviaTaxCode("0052961") },
  { key: "edil-voghera", name: "Edilvoghera Costruzioni S.r.l.", comune: "Voghera", sector: "Edilizia", status: ACTIVE, taxCode: paviaTaxCode("0164520") },
  { key: "logipo", name: "LogiPo Trasporti S.r.l.", comune: "Belgioioso", sector: "Logistica e trasporti", status: ACTIVE, taxCode: paviaTaxCode("0219863") },
  { key: "cantine-santa-maria", name: "Cantine Colli di Santa Maria S.r.l.", comune: "Santa Maria della Versa", sector: "Vitivinicolo", status: ACTIVE, taxCode: paviaTaxCode("0078415") },
  { key: "salumificio-varzese", name: "Salumificio Varzese S.r.l.", comune: "Varzi", sector: "Salumi e alimentari", status: ACTIVE, taxCode: paviaTaxCode("0136097") },
  { key: "consulenze-fiscali", name: "Consulenze Fiscali Pavesi S.r.l.", comune: "Pavia", sector: "Consulenza fiscale e del lavoro", status: ACTIVE, taxCode: paviaTaxCode("0228741") },
  { key: "meccanica-lomellina", name: "Meccanica Lomellina S.p.A.", comune: "Garlasco", sector: "Meccanica di precisione", status: ACTIVE, taxCode: paviaTaxCode("0102659") },
  { key: "farmacia-certosa", name: "Farmacia della Certosa di Galli e Neri s.n.c.", comune: "Certosa di Pavia", sector: "Farmacia e salute", status: ACTIVE, taxCode: paviaTaxCode("0175308") },
  { key: "supermercati-pavesi", name: "Supermercati Pavesi S.p.A.", comune: "Siziano", sector: "Grande distribuzione alimentare", status: ACTIVE, taxCode: paviaTaxCode("0061432") },
  { key: "ortofrutta-san-martino", name: "Ortofrutta San Martino S.r.l.", comune: "San Martino Siccomario", sector: "Ortofrutta", status: ACTIVE, taxCode: paviaTaxCode("0196285") },
  { key: "energia-verde", name: "Energia Verde Oltrepò S.r.l.", comune: "Casteggio", sector: "Energie rinnovabili", status: ACTIVE, taxCode: paviaTaxCode("0253176") },
  { key: "tipografia-stradellina", name: "Tipografia Stradellina s.n.c.", comune: "Stradella", sector: "Stampa e grafica", status: ACTIVE, taxCode: paviaTaxCode("0089524") },
  { key: "armonie-stradella", name: "Armonie Stradella S.r.l.", comune: "Stradella", sector: "Strumenti musicali", status: ACTIVE, taxCode: paviaTaxCode("0147863") },
  { key: "broni-impianti", name: "Broni Impianti Elettrici S.r.l.", comune: "Broni", sector: "Impianti elettrici", status: ACTIVE, taxCode: paviaTaxCode("0208317") },
  { key: "packaging-ticino", name: "Packaging Ticino S.r.l.", comune: "Cava Manara", sector: "Imballaggi", status: ACTIVE, taxCode: paviaTaxCode("0124786") },
  { key: "pelletterie-gambolo", name: "Pelletterie Gambolò S.r.l.", comune: "Gambolò", sector: "Pelletteria", status: ACTIVE, taxCode: paviaTaxCode("0158639") },
  { key: "tessitura-cassolese", name: "Tessitura Cassolese S.p.A.", comune: "Cassolnovo", sector: "Tessile", status: ACTIVE, taxCode: paviaTaxCode("0043197") },
  { key: "mede-serramenti", name: "Mede Serramenti S.r.l.", comune: "Mede", sector: "Serramenti", status: ACTIVE, taxCode: paviaTaxCode("0231954") },
  { key: "servizi-ambientali", name: "Servizi Ambientali Lomellina S.p.A.", comune: "Sannazzaro de' Burgondi", sector: "Gestione dei rifiuti", status: ACTIVE, taxCode: paviaTaxCode("0071843") },
  { key: "dolciaria-landrianese", name: "Dolciaria Landrianese S.r.l.", comune: "Landriano", sector: "Dolciario", status: ACTIVE, taxCode: paviaTaxCode("0185726") },
  { key: "magazzini-vidigulfo", name: "Magazzini Generali Vidigulfo S.p.A.", comune: "Vidigulfo", sector: "Logistica conto terzi", status: ACTIVE, taxCode: paviaTaxCode("0246318") },
  { key: "giussago-arredamenti", name: "Giussago Arredamenti S.r.l.", comune: "Giussago", sector: "Mobili e arredamento", status: ACTIVE, taxCode: paviaTaxCode("0119472") },
  { key: "cascina-robbiese", name: "Società agricola Cascina Robbiese s.s.", comune: "Robbio", sector: "Agricoltura", status: ACTIVE, taxCode: paviaTaxCode("0067291") },
  { key: "termoidraulica-gropellese", name: "Termoidraulica Gropellese s.n.c.", comune: "Gropello Cairoli", sector: "Impianti termoidraulici", status: ACTIVE, taxCode: paviaTaxCode("0172845") },
  { key: "terme-rivanazzano", name: "Terme e Benessere Rivanazzano S.r.l.", comune: "Rivanazzano Terme", sector: "Turismo e benessere", status: ACTIVE, taxCode: paviaTaxCode("0233609") },
  { key: "chignolo-sistemi", name: "Chignolo Sistemi Informatici S.r.l.", comune: "Chignolo Po", sector: "Consulenza informatica e sicurezza", status: ACTIVE, taxCode: paviaTaxCode("0098173") },
  { key: "casorate-automazioni", name: "Casorate Automazioni S.p.A.", comune: "Casorate Primo", sector: "Automazione industriale", status: ACTIVE, taxCode: paviaTaxCode("0141526") },
  { key: "pavia-comunicazione", name: "Pavia Marketing e Comunicazione S.r.l.", comune: "Pavia", sector: "Marketing e comunicazione", status: ACTIVE, taxCode: paviaTaxCode("0259417") },
  { key: "hotel-salice", name: "Hotel Salice Terme S.r.l.", comune: "Godiasco Salice Terme", sector: "Alberghiero", status: "PENDING", taxCode: paviaTaxCode("0261384") },
  { key: "assicurazioni-iriense", name: "Assicurazioni Iriense S.r.l.", comune: "Voghera", sector: "Assicurazioni", status: "PENDING", taxCode: paviaTaxCode("0264752") },
  { key: "bressana-carni", name: "Bressana Carni S.r.l.", comune: "Bressana Bottarone", sector: "Lavorazione carni", status: "SUSPENDED", taxCode: paviaTaxCode("0150962") },
] as const satisfies readonly DemoCompany[];

export type DemoCompanyKey = (typeof DEMO_COMPANIES)[number]["key"];
