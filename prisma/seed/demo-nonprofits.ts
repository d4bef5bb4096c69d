import type { OrganizationStatus } from "@/lib/generated/prisma/client";
import { paviaTaxCode } from "./pavia-tax-code";

export type DemoNonprofit = {
  readonly key: string;
  readonly name: string;
  readonly comune: string;
  /** Not stored yet (the schema has no profile): kept here for the profile features. */
  readonly legalForm: "ODV" | "APS" | "COOP-SOC" | "FOND";
  readonly cause: string;
  readonly status: OrganizationStatus;
  /** Numeric codice fiscale: associations' codes start with 9. */
  readonly taxCode: string;
};

const ACTIVE = "ACTIVE" as const;

// Invented Third-sector organisations in real comuni of the province of Pavia.
export const DEMO_NONPROFITS = [
  { key: "tessere-insieme", name: "Tessere Insieme cooperativa sociale", comune: "Pavia", legalForm: "COOP-SOC", cause: "Inserimento lavorativo e inclusione sociale", status: ACTIVE, taxCode: paviaTaxCode("0232418") },
  { key: "pane-condiviso", name: "Pane Condiviso ODV", comune: "Vigevano", legalForm: "ODV", cause: "Povertà alimentare", status: ACTIVE, taxCode: paviaTaxCode("9601274") },
  { key: "anziani-attivi", name: "Anziani Attivi Voghera APS", comune: "Voghera", legalForm: "APS", cause: "Anziani e invecchiamento attivo", status: ACTIVE, taxCode: paviaTaxCode("9603815") },
  { key: "dopo-di-noi", name: "Fondazione Dopo di Noi Lomellina", comune: "Mortara", legalForm: "FOND", cause: "Disabilità e vita indipendente", status: ACTIVE, taxCode: paviaTaxCode("9605342") },
  { key: "amici-del-ticino", name: "Amici del Ticino ODV", comune: "Pavia", legalForm: "ODV", cause: "Tutela dell'ambiente e del fiume", status: ACTIVE, taxCode: paviaTaxCode("9600867") },
  { key: "compagnia-sipario", name: "Compagnia Teatrale Il Sipario APS", comune: "Stradella", legalForm: "APS", cause: "Cultura e teatro", status: ACTIVE, taxCode: paviaTaxCode("9602539") },
  { key: "polisportiva-broni", name: "Polisportiva Giovani Broni APS", comune: "Broni", legalForm: "APS", cause: "Sport per i giovani", status: ACTIVE, taxCode: paviaTaxCode("9604127") },
  { key: "emporio-solidale", name: "Emporio Solidale Oltrepò ODV", comune: "Casteggio", legalForm: "ODV", cause: "Povertà alimentare", status: ACTIVE, taxCode: paviaTaxCode("9606753") },
  { key: "filo-argento", name: "Filo d'Argento Garlasco ODV", comune: "Garlasco", legalForm: "ODV", cause: "Compagnia agli anziani soli", status: ACTIVE, taxCode: paviaTaxCode("9601986") },
  { key: "il-mulino", name: "Il Mulino cooperativa sociale agricola", comune: "Belgioioso", legalForm: "COOP-SOC", cause: "Agricoltura sociale", status: ACTIVE, taxCode: paviaTaxCode("0247361") },
  { key: "spazio-blu", name: "Spazio Blu APS", comune: "Certosa di Pavia", legalForm: "APS", cause: "Autismo e famiglie", status: ACTIVE, taxCode: paviaTaxCode("9607214") },
  { key: "doposcuola-insieme", name: "Doposcuola Insieme APS", comune: "Siziano", legalForm: "APS", cause: "Contrasto alla dispersione scolastica", status: ACTIVE, taxCode: paviaTaxCode("9603092") },
  { key: "croce-azzurra", name: "Croce Azzurra Cava Manara ODV", comune: "Cava Manara", legalForm: "ODV", cause: "Soccorso e trasporto sanitario", status: ACTIVE, taxCode: paviaTaxCode("9600431") },
  { key: "orti-solidali", name: "Orti Solidali San Martino APS", comune: "San Martino Siccomario", legalForm: "APS", cause: "Orti urbani e ambiente", status: ACTIVE, taxCode: paviaTaxCode("9605678") },
  { key: "musica-per-tutti", name: "Fondazione Musica per Tutti", comune: "Vigevano", legalForm: "FOND", cause: "Educazione musicale", status: ACTIVE, taxCode: paviaTaxCode("9602263") },
  { key: "rete-donne", name: "Rete Donne Lomellina ODV", comune: "Gambolò", legalForm: "ODV", cause: "Contrasto alla violenza sulle donne", status: ACTIVE, taxCode: paviaTaxCode("9606189") },
  { key: "terra-buona", name: "Terra Buona cooperativa sociale", comune: "Cassolnovo", legalForm: "COOP-SOC", cause: "Inserimento lavorativo in agricoltura", status: ACTIVE, taxCode: paviaTaxCode("0218694") },
  { key: "centro-anziani-mede", name: "Centro Anziani Mede APS", comune: "Mede", legalForm: "APS", cause: "Anziani", status: ACTIVE, taxCode: paviaTaxCode("9604465") },
  { key: "ambiente-pulito", name: "Ambiente Pulito Sannazzaro ODV", comune: "Sannazzaro de' Burgondi", legalForm: "ODV", cause: "Ambiente e rifiuti", status: ACTIVE, taxCode: paviaTaxCode("9607538") },
  { key: "sentieri-oltrepo", name: "Sentieri dell'Oltrepò APS", comune: "Varzi", legalForm: "APS", cause: "Valorizzazione del territorio montano", status: ACTIVE, taxCode: paviaTaxCode("9601642") },
  { key: "valle-versa", name: "Comunità Alta Valle Versa APS", comune: "Santa Maria della Versa", legalForm: "APS", cause: "Coesione sociale nelle aree rurali", status: ACTIVE, taxCode: paviaTaxCode("9603374") },
  { key: "biblioteca-viva", name: "Biblioteca Viva Landriano APS", comune: "Landriano", legalForm: "APS", cause: "Promozione della lettura", status: ACTIVE, taxCode: paviaTaxCode("9605901") },
  { key: "ragazzi-in-campo", name: "Ragazzi in Campo APS", comune: "Vidigulfo", legalForm: "APS", cause: "Sport per i giovani", status: ACTIVE, taxCode: paviaTaxCode("9602817") },
  { key: "il-granaio", name: "Il Granaio cooperativa sociale", comune: "Giussago", legalForm: "COOP-SOC", cause: "Disabilità: centro diurno", status: ACTIVE, taxCode: paviaTaxCode("0204137") },
  { key: "migranti-territorio", name: "Migranti e Territorio APS", comune: "Travacò Siccomario", legalForm: "APS", cause: "Integrazione dei cittadini stranieri", status: ACTIVE, taxCode: paviaTaxCode("9606325") },
  { key: "pedalando-insieme", name: "Pedalando Insieme ODV", comune: "Robbio", legalForm: "ODV", cause: "Sport e disabilità visiva", status: ACTIVE, taxCode: paviaTaxCode("9604786") },
  { key: "protezione-civile", name: "Protezione Civile Gropello Cairoli ODV", comune: "Gropello Cairoli", legalForm: "ODV", cause: "Protezione civile", status: ACTIVE, taxCode: paviaTaxCode("9600158") },
  { key: "salute-oltrepo", name: "Fondazione Salute Oltrepò", comune: "Rivanazzano Terme", legalForm: "FOND", cause: "Prevenzione e salute", status: ACTIVE, taxCode: paviaTaxCode("9607862") },
  { key: "banda-chignolo", name: "Banda Musicale di Chignolo Po APS", comune: "Chignolo Po", legalForm: "APS", cause: "Cultura e musica", status: ACTIVE, taxCode: paviaTaxCode("9603651") },
  { key: "corte-aperta", name: "Corte Aperta cooperativa sociale", comune: "Corteolona e Genzone", legalForm: "COOP-SOC", cause: "Housing sociale", status: ACTIVE, taxCode: paviaTaxCode("0226583") },
  { key: "mani-amiche", name: "Mani Amiche Villanterio ODV", comune: "Villanterio", legalForm: "ODV", cause: "Assistenza domiciliare agli anziani", status: ACTIVE, taxCode: paviaTaxCode("9605217") },
  { key: "guardie-ecologiche", name: "Guardie Ecologiche Volontarie Bereguardo ODV", comune: "Bereguardo", legalForm: "ODV", cause: "Tutela del parco del Ticino", status: ACTIVE, taxCode: paviaTaxCode("9602094") },
  { key: "giovani-digitali", name: "Giovani Digitali APS", comune: "Pavia", legalForm: "APS", cause: "Educazione digitale dei ragazzi", status: ACTIVE, taxCode: paviaTaxCode("9606947") },
  { key: "genitori-trivolzio", name: "Associazione Genitori Trivolzio APS", comune: "Trivolzio", legalForm: "APS", cause: "Sostegno alle famiglie", status: "PENDING", taxCode: paviaTaxCode("9607395") },
  { key: "amici-animali", name: "Amici degli Animali Godiasco ODV", comune: "Godiasco Salice Terme", legalForm: "ODV", cause: "Tutela degli animali", status: "PENDING", taxCode: paviaTaxCode("9604208") },
] as const satisfies readonly DemoNonprofit[];

export type DemoNonprofitKey = (typeof DEMO_NONPROFITS)[number]["key"];
