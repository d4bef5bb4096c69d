import { RESOURCE_LABELS } from "@/lib/match/labels";
import type { Horizon, LegalForm, ResourceCode, SensitiveTag } from "@/lib/profiles/vocabulary";
import type { Label } from "./label";

// What each side offers and needs: the match engine's labels, with first letters raised
// for use as checkbox labels.
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("it") + text.slice(1);

export const RESOURCE_NAMES = Object.fromEntries(
  Object.entries(RESOURCE_LABELS).map(([code, label]) => [code, { it: capitalize(label.it), en: capitalize(label.en) }]),
) as Record<ResourceCode, Label>;

export const HORIZON_NAMES: Record<Horizon, Label> = {
  "one-off": { it: "Una tantum (un'iniziativa)", en: "One-off (a single initiative)" },
  annual: { it: "Annuale", en: "Yearly" },
  "multi-year": { it: "Pluriennale (di solito tre anni)", en: "Multi-year (usually three years)" },
};

export const SENSITIVE_TAG_NAMES: Record<SensitiveTag, Label> = {
  gambling: { it: "Gioco d'azzardo", en: "Gambling" },
  weapons: { it: "Armi", en: "Weapons" },
  tobacco: { it: "Tabacco", en: "Tobacco" },
  alcohol: { it: "Alcolici", en: "Alcohol" },
  "fossil-fuels": { it: "Combustibili fossili", en: "Fossil fuels" },
  adult: { it: "Intrattenimento per adulti", en: "Adult entertainment" },
  "animal-testing": { it: "Sperimentazione animale", en: "Animal testing" },
};

export const LEGAL_FORM_NAMES: Record<LegalForm, Label> = {
  ODV: { it: "Organizzazione di volontariato (ODV)", en: "Voluntary organisation (ODV)" },
  APS: { it: "Associazione di promozione sociale (APS)", en: "Social promotion association (APS)" },
  ETS: { it: "Altro ente del Terzo settore (ETS)", en: "Other Third-sector body (ETS)" },
  IS: { it: "Impresa sociale", en: "Social enterprise" },
  "COOP-SOC": { it: "Cooperativa sociale", en: "Social cooperative" },
  FOND: { it: "Fondazione", en: "Foundation" },
  ALTRO: { it: "Altra forma", en: "Other form" },
};

/** ATECO 2025 sections A–V (the NACE Rev. 2.1 sections; V, extraterritorial bodies, is new in 2025). */
export const ATECO_SECTIONS = [
  "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V",
] as const;
export type AtecoSection = (typeof ATECO_SECTIONS)[number];

export const ATECO_SECTION_NAMES: Record<AtecoSection, Label> = {
  A: { it: "Agricoltura, silvicoltura e pesca", en: "Agriculture, forestry and fishing" },
  B: { it: "Estrazione di minerali", en: "Mining and quarrying" },
  C: { it: "Attività manifatturiere", en: "Manufacturing" },
  D: { it: "Fornitura di energia elettrica, gas, vapore", en: "Electricity, gas and steam supply" },
  E: { it: "Acqua, reti fognarie, gestione dei rifiuti", en: "Water supply, sewerage, waste management" },
  F: { it: "Costruzioni", en: "Construction" },
  G: { it: "Commercio all'ingrosso e al dettaglio", en: "Wholesale and retail trade" },
  H: { it: "Trasporto e magazzinaggio", en: "Transportation and storage" },
  I: { it: "Alloggio e ristorazione", en: "Accommodation and food services" },
  J: { it: "Editoria, trasmissione e distribuzione di contenuti", en: "Publishing, broadcasting and content distribution" },
  K: { it: "Telecomunicazioni, programmazione informatica, servizi d'informazione", en: "Telecommunications, computer programming, information services" },
  L: { it: "Attività finanziarie e assicurative", en: "Financial and insurance activities" },
  M: { it: "Attività immobiliari", en: "Real estate activities" },
  N: { it: "Attività professionali, scientifiche e tecniche", en: "Professional, scientific and technical activities" },
  O: { it: "Servizi amministrativi e di supporto", en: "Administrative and support services" },
  P: { it: "Pubblica amministrazione e difesa", en: "Public administration and defence" },
  Q: { it: "Istruzione", en: "Education" },
  R: { it: "Sanità e assistenza sociale", en: "Human health and social work" },
  S: { it: "Attività artistiche, sportive e di intrattenimento", en: "Arts, sports and recreation" },
  T: { it: "Altre attività di servizi", en: "Other service activities" },
  U: { it: "Attività di famiglie come datori di lavoro", en: "Activities of households as employers" },
  V: { it: "Organizzazioni e organismi extraterritoriali", en: "Extraterritorial organisations and bodies" },
};
