import type { CauseCode } from "@/lib/profiles/vocabulary";
import type { Label } from "./label";

/**
 * The activities of general interest of art. 5, c. 1, D.Lgs. 117/2017 (Codice del Terzo
 * settore), letters a–z, in a shortened form of the law's own wording.
 */
export const CAUSE_NAMES: Record<CauseCode, Label> = {
  a: { it: "Interventi e servizi sociali", en: "Social services and interventions" },
  b: { it: "Interventi e prestazioni sanitarie", en: "Health care services" },
  c: { it: "Prestazioni socio-sanitarie", en: "Social and health care services" },
  d: { it: "Educazione, istruzione e formazione professionale", en: "Education, schooling and vocational training" },
  e: { it: "Salvaguardia e miglioramento dell'ambiente", en: "Protection and improvement of the environment" },
  f: { it: "Tutela e valorizzazione del patrimonio culturale e del paesaggio", en: "Protection of cultural heritage and landscape" },
  g: { it: "Formazione universitaria e post-universitaria", en: "University and postgraduate education" },
  h: { it: "Ricerca scientifica di particolare interesse sociale", en: "Scientific research of social interest" },
  i: { it: "Attività culturali, artistiche o ricreative", en: "Cultural, artistic and recreational activities" },
  j: { it: "Radiodiffusione sonora a carattere comunitario", en: "Community radio broadcasting" },
  k: { it: "Attività turistiche di interesse sociale, culturale o religioso", en: "Tourism of social, cultural or religious interest" },
  l: { it: "Formazione extra-scolastica e contrasto della povertà educativa", en: "Out-of-school education and fighting educational poverty" },
  m: { it: "Servizi strumentali agli enti del Terzo settore", en: "Support services to Third-sector bodies" },
  n: { it: "Cooperazione allo sviluppo", en: "Development cooperation" },
  o: { it: "Commercio equo e solidale", en: "Fair trade" },
  p: { it: "Inserimento lavorativo di persone svantaggiate", en: "Work integration of disadvantaged people" },
  q: { it: "Alloggio sociale", en: "Social housing" },
  r: { it: "Accoglienza umanitaria e integrazione dei migranti", en: "Humanitarian reception and integration of migrants" },
  s: { it: "Agricoltura sociale", en: "Social farming" },
  t: { it: "Attività sportive dilettantistiche", en: "Amateur sports" },
  u: { it: "Beneficenza, sostegno a distanza, cessione di alimenti e beni", en: "Charity, distance support, donation of food and goods" },
  v: { it: "Promozione della cultura della legalità e della pace", en: "Promotion of legality, peace and non-violence" },
  w: { it: "Promozione e tutela dei diritti umani, civili, sociali e politici", en: "Promotion and protection of human, civil, social and political rights" },
  x: { it: "Adozioni internazionali", en: "International adoptions" },
  y: { it: "Protezione civile", en: "Civil protection" },
  z: { it: "Riqualificazione di beni pubblici inutilizzati o confiscati", en: "Regeneration of unused public or confiscated property" },
};
