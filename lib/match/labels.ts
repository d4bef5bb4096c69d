import type { CauseCode, ResourceCode } from "./vocabulary";

export type Label = { it: string; en: string };

/** Short names of the art. 5 activities (D.Lgs. 117/2017), for reasons a person reads. */
export const CAUSE_LABELS: Record<CauseCode, Label> = {
  a: { it: "servizi sociali", en: "social services" },
  b: { it: "prestazioni sanitarie", en: "health care" },
  c: { it: "prestazioni socio-sanitarie", en: "social-health care" },
  d: { it: "educazione", en: "education" },
  e: { it: "ambiente", en: "environment" },
  f: { it: "patrimonio culturale", en: "cultural heritage" },
  g: { it: "formazione universitaria", en: "higher education" },
  h: { it: "ricerca scientifica", en: "scientific research" },
  i: { it: "attività culturali", en: "cultural activities" },
  j: { it: "radio comunitarie", en: "community radio" },
  k: { it: "turismo sociale", en: "social tourism" },
  l: { it: "contrasto alla povertà educativa", en: "fighting educational poverty" },
  m: { it: "servizi agli enti del Terzo settore", en: "services to Third-sector bodies" },
  n: { it: "cooperazione allo sviluppo", en: "development cooperation" },
  o: { it: "commercio equo e solidale", en: "fair trade" },
  p: { it: "inserimento lavorativo", en: "work inclusion" },
  q: { it: "alloggio sociale", en: "social housing" },
  r: { it: "accoglienza dei migranti", en: "migrant reception" },
  s: { it: "agricoltura sociale", en: "social farming" },
  t: { it: "sport dilettantistico", en: "amateur sport" },
  u: { it: "beneficenza (anche alimentare)", en: "charity (food aid included)" },
  v: { it: "legalità", en: "legality" },
  w: { it: "diritti umani", en: "human rights" },
  x: { it: "adozione internazionale", en: "international adoption" },
  y: { it: "protezione civile", en: "civil protection" },
  z: { it: "riqualificazione di beni pubblici o confiscati", en: "regeneration of public or confiscated property" },
};

export const RESOURCE_LABELS: Record<ResourceCode, Label> = {
  funding: { it: "contributo economico", en: "funding" },
  volunteering: { it: "volontariato dei dipendenti", en: "employee volunteering" },
  "skills:legal": { it: "consulenza legale", en: "legal advice" },
  "skills:accounting": { it: "competenze contabili", en: "accounting skills" },
  "skills:marketing": { it: "competenze di comunicazione", en: "marketing skills" },
  "skills:digital": { it: "competenze digitali", en: "digital skills" },
  "skills:hr": { it: "gestione del personale", en: "HR skills" },
  "skills:logistics": { it: "competenze logistiche", en: "logistics skills" },
  "skills:design": { it: "progettazione grafica", en: "design skills" },
  "skills:fundraising": { it: "raccolta fondi", en: "fundraising skills" },
  "skills:management": { it: "competenze gestionali", en: "management skills" },
  "skills:health": { it: "competenze sanitarie", en: "health skills" },
  "skills:engineering": { it: "competenze tecniche", en: "engineering skills" },
  "goods:food": { it: "alimenti", en: "food" },
  "goods:it-equipment": { it: "attrezzature informatiche", en: "IT equipment" },
  "goods:furniture": { it: "arredi", en: "furniture" },
  "goods:clothing": { it: "abbigliamento", en: "clothing" },
  "goods:medical": { it: "materiale sanitario", en: "medical supplies" },
  "goods:other": { it: "beni materiali", en: "other goods" },
  spaces: { it: "spazi", en: "spaces" },
  transport: { it: "mezzi di trasporto", en: "transport" },
  visibility: { it: "visibilità", en: "visibility" },
  jobs: { it: "tirocini e assunzioni", en: "internships and jobs" },
  "volunteering-opportunities": { it: "occasioni di volontariato per i dipendenti", en: "volunteering opportunities" },
  "territory-knowledge": { it: "conoscenza del territorio", en: "knowledge of the territory" },
  storytelling: { it: "contenuti per la comunicazione", en: "storytelling" },
  "impact-data": { it: "dati d'impatto", en: "impact data" },
  "inclusive-hiring": { it: "candidati da categorie svantaggiate", en: "inclusive hiring" },
  training: { it: "formazione per i dipendenti", en: "training for employees" },
  products: { it: "prodotti o servizi dell'impresa sociale", en: "social-enterprise products" },
};

export function joinLabels(labels: readonly Label[], lang: "it" | "en"): string {
  const words = labels.map((l) => l[lang]);
  if (words.length <= 1) return words[0] ?? "";
  const last = words[words.length - 1];
  return `${words.slice(0, -1).join(", ")} ${lang === "it" ? "e" : "and"} ${last}`;
}
