import { dateToDay, todayInRome } from "@/lib/dates/rome-calendar";
import type { Locale } from "@/lib/i18n/locales";
import type { AgreementContent } from "./agreement-schema";

export type AgreementTemplateInput = {
  locale: Locale;
  title: string;
  companyName: string;
  nonprofitName: string;
  commonGoal: string;
  /** The day the agreement is drafted: it starts then and lasts twelve months. */
  today: Date;
};

/** The day before the same day `months` later: a twelve-month agreement from 1 March ends on 28/29 February. */
export function addMonthsMinusOneDay(isoDay: string, months: number): string {
  const [year, month, day] = isoDay.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + months, day));
  // 31 January + 1 month overflows into March: go back to the last day of the intended month.
  if (end.getUTCDate() !== day) end.setUTCDate(0);
  end.setUTCDate(end.getUTCDate() - 1);
  return dateToDay(end);
}

/**
 * The first draft of a partnership agreement: every article already names the parties
 * and the common goal, in the usual language of Italian CSR partnership agreements
 * between a company and a Third-sector organisation (Codice del Terzo settore, GDPR).
 * The parties then adapt it. Pure: the same input gives the same text.
 */
export function buildAgreementTemplate(input: AgreementTemplateInput): AgreementContent {
  const startsOn = todayInRome(input.today);
  const endsOn = addMonthsMinusOneDay(startsOn, 12);
  const company = input.companyName.trim();
  const nonprofit = input.nonprofitName.trim();
  const goal = input.commonGoal.trim().replace(/[.\s]+$/, "");
  return input.locale === "en" ? english(company, nonprofit, goal, input.title, startsOn, endsOn) : italian(company, nonprofit, goal, input.title, startsOn, endsOn);
}

function italian(company: string, nonprofit: string, goal: string, title: string, startsOn: string, endsOn: string): AgreementContent {
  return {
    objectives: [
      `Con il presente accordo ${company} (di seguito «l'Impresa») e ${nonprofit} (di seguito «l'Ente») avviano la partnership «${title}», con l'obiettivo comune di: ${goal}.`,
      "In particolare le Parti si propongono di:",
      "a) realizzare insieme le attività previste dal programma concordato, nei tempi indicati;",
      "b) mettere a disposizione le risorse descritte nell'articolo sui contributi delle Parti;",
      "c) misurare i risultati raggiunti con gli indicatori concordati e renderne conto con trasparenza;",
      "d) far conoscere la partnership come esempio di collaborazione tra profit e non profit nel territorio della provincia di Pavia.",
      "Le Parti agiscono ciascuna nel rispetto delle proprie finalità: l'Ente persegue finalità civiche, solidaristiche e di utilità sociale ai sensi del D.Lgs. 117/2017 (Codice del Terzo settore) e resta autonomo nella gestione delle proprie attività.",
    ].join("\n"),
    startsOn,
    endsOn,
    responsibilities: [
      `${company} si impegna a: fornire i contributi indicati nell'accordo; indicare un referente per la partnership; favorire la partecipazione del proprio personale alle attività previste, anche come volontariato d'impresa; comunicare tempestivamente all'Ente ogni difficoltà che possa incidere sul programma.`,
      `${nonprofit} si impegna a: organizzare e realizzare le attività del programma; indicare un referente per la partnership; impiegare i contributi ricevuti esclusivamente per le finalità del presente accordo; documentare le attività svolte e i risultati raggiunti; assicurare i volontari coinvolti come previsto dalla normativa vigente.`,
      "I referenti delle Parti si incontrano almeno una volta ogni tre mesi per verificare l'andamento del programma. Il CSV Pavia accompagna la partnership come facilitatore e non assume obblighi verso le Parti.",
    ].join("\n"),
    communicationRules: [
      "Le Parti concordano insieme, prima della diffusione, ogni comunicazione pubblica che riguardi la partnership (comunicati stampa, pubblicazioni su siti e social network, eventi, bilanci e rendiconti).",
      "Ciascuna Parte può descrivere la partnership nel proprio bilancio di sostenibilità o bilancio sociale, in modo veritiero e proporzionato al contributo effettivamente dato, evitando ogni messaggio ingannevole sull'impatto sociale o ambientale.",
      "Le comunicazioni operative tra le Parti avvengono per iscritto tramite i referenti indicati, anche attraverso la piattaforma Insieme.",
    ].join("\n"),
    logoUse: [
      `Ciascuna Parte può utilizzare il nome e il logo dell'altra solo previo consenso scritto di quest'ultima, per ogni singolo materiale o iniziativa, e solo per comunicare la partnership «${title}».`,
      "L'uso del logo deve rispettare le indicazioni grafiche della Parte titolare e non può suggerire un'approvazione di prodotti, servizi o posizioni diverse da quelle oggetto dell'accordo. Il consenso può essere revocato per iscritto in ogni momento e cessa comunque con la fine dell'accordo.",
    ].join("\n"),
    indicatorsText: [
      `Per verificare il raggiungimento dell'obiettivo comune (${goal}) le Parti concordano indicatori misurabili, ciascuno con unità di misura, valore di partenza e valore obiettivo.`,
      "Le misurazioni sono registrate almeno ogni tre mesi e al termine della partnership. Al termine le Parti compilano ciascuna una valutazione finale e condividono un rapporto d'impatto.",
    ].join("\n"),
    dataProtection: [
      "Le Parti trattano i dati personali raccolti nell'ambito della partnership nel rispetto del Regolamento (UE) 2016/679 (GDPR) e del D.Lgs. 196/2003, ciascuna come titolare autonomo dei trattamenti che svolge per le proprie finalità.",
      "Qualora una Parte tratti dati personali per conto dell'altra, le Parti stipulano l'atto di nomina a responsabile del trattamento previsto dall'art. 28 del GDPR prima dell'inizio del trattamento. I dati dei beneficiari sono trattati nella misura minima necessaria, non sono ceduti a terzi e non sono usati per finalità commerciali.",
      "Le Parti mantengono riservate le informazioni dell'altra Parte di cui vengono a conoscenza, anche dopo la fine dell'accordo.",
    ].join("\n"),
    termination: [
      "L'accordo cessa alla data di fine indicata, salvo rinnovo concordato per iscritto dalle Parti.",
      "Ciascuna Parte può recedere in qualsiasi momento con un preavviso scritto di 30 giorni, motivando la decisione. In caso di grave inadempimento dell'altra Parte, che non vi ponga rimedio entro 15 giorni dalla contestazione scritta, l'accordo può essere risolto con effetto immediato.",
      "In caso di cessazione anticipata le Parti portano a termine le attività già avviate a favore dei beneficiari, ove possibile, e l'Ente rende conto dei contributi ricevuti e non ancora impiegati. Per ogni controversia le Parti cercano prima un accordo amichevole, anche con la mediazione del CSV Pavia.",
    ].join("\n"),
  };
}

function english(company: string, nonprofit: string, goal: string, title: string, startsOn: string, endsOn: string): AgreementContent {
  return {
    objectives: [
      `With this agreement ${company} (hereinafter "the Company") and ${nonprofit} (hereinafter "the Organisation") start the partnership "${title}", with the common goal: ${goal}.`,
      "In particular the Parties intend to:",
      "a) carry out together the activities of the agreed programme, on the agreed timetable;",
      "b) provide the resources described in the article on the Parties' contributions;",
      "c) measure the results achieved with the agreed indicators and report on them transparently;",
      "d) make the partnership known as an example of cooperation between companies and nonprofits in the province of Pavia.",
      "Each Party acts in keeping with its own purposes: the Organisation pursues civic, solidarity and social-benefit purposes under Legislative Decree 117/2017 (the Italian Third Sector Code) and remains independent in running its activities.",
    ].join("\n"),
    startsOn,
    endsOn,
    responsibilities: [
      `${company} undertakes to: provide the contributions set out in this agreement; appoint a contact person for the partnership; encourage its staff to take part in the activities, including as corporate volunteers; promptly inform the Organisation of any difficulty that may affect the programme.`,
      `${nonprofit} undertakes to: organise and carry out the programme's activities; appoint a contact person for the partnership; use the contributions received solely for the purposes of this agreement; document the activities carried out and the results achieved; insure the volunteers involved as required by law.`,
      "The Parties' contact persons meet at least once every three months to review the programme. CSV Pavia supports the partnership as a facilitator and takes on no obligations towards the Parties.",
    ].join("\n"),
    communicationRules: [
      "The Parties agree together, before release, on every public communication about the partnership (press releases, posts on websites and social networks, events, annual and sustainability reports).",
      "Each Party may describe the partnership in its sustainability report or social report, truthfully and in proportion to the contribution actually made, avoiding any misleading claim about its social or environmental impact.",
      "Operational communications between the Parties take place in writing through the appointed contact persons, including through the Insieme platform.",
    ].join("\n"),
    logoUse: [
      `Each Party may use the other's name and logo only with the other Party's prior written consent, given for each material or initiative, and only to communicate the partnership "${title}".`,
      "The logo must be used according to the owner's brand guidelines and must not suggest an endorsement of products, services or positions other than those covered by this agreement. Consent may be withdrawn in writing at any time and ends in any case when the agreement ends.",
    ].join("\n"),
    indicatorsText: [
      `To verify progress towards the common goal (${goal}) the Parties agree measurable indicators, each with a unit, a baseline and a target value.`,
      "Measurements are recorded at least every three months and at the end of the partnership. At the end each Party completes a final evaluation and the Parties share an impact report.",
    ].join("\n"),
    dataProtection: [
      "The Parties process personal data collected within the partnership in compliance with Regulation (EU) 2016/679 (GDPR) and Italian Legislative Decree 196/2003, each as an independent controller of the processing it carries out for its own purposes.",
      "Where one Party processes personal data on behalf of the other, before the processing starts the Parties sign the data processing agreement required by Article 28 GDPR. Beneficiaries' data are limited to what is strictly necessary, are not disclosed to third parties and are not used for commercial purposes.",
      "The Parties keep confidential the other Party's information they learn of, also after the agreement ends.",
    ].join("\n"),
    termination: [
      "The agreement ends on the stated end date, unless the Parties agree in writing to renew it.",
      "Either Party may withdraw at any time with 30 days' written notice, stating its reasons. If the other Party commits a serious breach and does not remedy it within 15 days of a written notice, the agreement may be terminated with immediate effect.",
      "If the agreement ends early, the Parties complete, where possible, the activities already started for the beneficiaries, and the Organisation accounts for contributions received and not yet used. For any dispute the Parties first seek an amicable settlement, also with CSV Pavia's mediation.",
    ].join("\n"),
  };
}
