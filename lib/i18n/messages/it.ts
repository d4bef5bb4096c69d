import { signupSection } from "./sections/signup";
import { questionnaireSection } from "./sections/questionnaire";
import { reviewSection } from "./sections/review";
import { suggestionsSection } from "./sections/suggestions";
import { directorySection } from "./sections/directory";
import { notificationsSection } from "./sections/notifications";
import { outboxSection } from "./sections/outbox";
import { securitySection } from "./sections/security";
import { exchangeSection } from "./sections/exchange";
import { boardSection } from "./sections/board";
import { partnershipSection } from "./sections/partnership";
import { checklistSection } from "./sections/checklist";
import { negotiationSection } from "./sections/negotiation";
import { messagesSection } from "./sections/messages";
import { agreementSection } from "./sections/agreement";
import { reportSection } from "./sections/report";
import { programmeReportSection } from "./sections/programme-report";
import { programmeSection } from "./sections/programme";
import { communicationSection } from "./sections/communication";
import { monitoringSection } from "./sections/monitoring";
import { closingSection } from "./sections/closing";
import { titleGoalSection } from "./sections/title-goal";
import { dashboardSection } from "./sections/dashboard";
import { partnershipNoticesSection } from "./sections/partnership-notices";
import { formsSection } from "./sections/forms";
import { auditActionsSection } from "./sections/audit-actions";
import { membersSection } from "./sections/members";
import { privacyRetentionSection } from "./sections/privacy-retention";
import { accountSection } from "./sections/account";
import { notificationPreferencesSection } from "./sections/notification-preferences";
import { documentsSection } from "./sections/documents";
import { calendarSection } from "./sections/calendar";
import { endRequestSection } from "./sections/end-request";

// Italian is the reference catalog: the English one must have exactly the same keys.
import type { Widen } from "../define-section";
export const it = {
  meta: {
    title: "Insieme — Profit e non profit insieme",
    description:
      "Il programma del CSV Pavia che fa incontrare imprese ed enti del Terzo settore in partnership con un obiettivo comune.",
  },
  common: {
    appName: "Insieme",
    programme: "Profit e non profit insieme",
    csv: "CSV Pavia",
    skipToContent: "Vai al contenuto",
    language: "Lingua",
    switchTo: "English",
    switchToLabel: "Switch to English",
    login: "Accedi",
    logout: "Esci",
    loading: "Caricamento…",
    backHome: "Torna alla pagina iniziale",
    retry: "Riprova",
    mainNavigation: "Navigazione principale",
    demoBadge: "Demo",
    demoNotice: "Questa è una dimostrazione con dati di prova: non inserire dati reali.",
  },
  nav: {
    workspace: "Il tuo spazio",
    profile: "Questionario",
    suggestions: "Partner suggeriti",
    interests: "Interessi",
    notifications: "Notifiche",
    partnerships: "Partnership",
    organizations: "Organizzazioni",
    introductions: "Presentazioni",
    profiles: "Import/export profili",
    outbox: "Posta in uscita",
    users: "Utenti",
  },
  phases: {
    PLANNING: "Pianificazione e preparazione",
    NEGOTIATION: "Negoziazione",
    AGREEMENT: "Accordo formale",
    MANAGEMENT: "Gestione del programma",
    COMMUNICATION: "Comunicazione del programma",
    MONITORING: "Monitoraggio, misurazione e valutazione",
    COMPLETED: "Conclusa",
    DISCONTINUED: "Interrotta",
  },
  stages: {
    preparatory: "Fase preparatoria",
    executive: "Fase esecutiva",
    control: "Fase di controllo",
  },
  roles: { PARTNER: "Partner", STAFF: "Staff CSV", ADMIN: "Amministratore" },
  organizationKinds: { COMPANY: "Impresa", NONPROFIT: "Ente del Terzo settore" },
  organizationStatuses: {
    PENDING: "In attesa di approvazione",
    CHANGES_REQUESTED: "Modifiche richieste",
    ACTIVE: "Attiva",
    REJECTED: "Non approvata",
    SUSPENDED: "Sospesa",
  },
  landing: {
    eyebrow: "Un programma del CSV Pavia",
    title: "Profit e non profit insieme",
    lead:
      "Una partnership tra un'impresa e un ente del Terzo settore verso un obiettivo comune crea un valore che nessuno dei due raggiungerebbe da solo. Il CSV Pavia vi aiuta a trovarvi e vi accompagna in ogni fase.",
    primaryCta: "Accedi al tuo spazio",
    companyCta: "Sono un'impresa",
    nonprofitCta: "Sono un ente del Terzo settore",
    howTitle: "Come funziona",
    howSteps: {
      first: "Vi registrate e raccontate chi siete e che risultati cercate, con un questionario guidato.",
      second: "Lo staff del CSV Pavia verifica ogni organizzazione: vi proponiamo solo partner affidabili.",
      third: "Insieme vi suggerisce i partner più adatti e vi spiega perché. Se vi scegliete a vicenda, la partnership parte.",
      fourth: "Il CSV vi accompagna in ogni fase, dall'accordo alla misura dei risultati.",
    },
    privacy: "Informativa privacy",
    showcaseTitle: "Partnership che raccontano",
    showcaseLead: "Storie di imprese ed enti che hanno lavorato insieme, pubblicate con il consenso di entrambi.",
    showcaseEmpty: "Le prime storie arriveranno presto: le pubblichiamo quando entrambi i partner sono d'accordo.",
    phasesTitle: "Sei fasi, tre momenti",
    phasesLead:
      "Ogni partnership segue un percorso chiaro: i partner condividono un obiettivo, ne misurano i risultati e li raccontano.",
    whyTitle: "Perché conviene",
    whyCompanyTitle: "Per le imprese",
    whyCompany:
      "Responsabilità sociale con risultati misurabili, volontariato d'impresa strutturato e dati di impatto per il bilancio di sostenibilità.",
    whyNonprofitTitle: "Per gli enti del Terzo settore",
    whyNonprofit:
      "Risorse, competenze e volontari per i propri progetti, con un partner che condivide l'obiettivo e un accompagnamento esperto.",
    contactsTitle: "Contatti",
    contacts: "CSV Pavia — Centro di Servizio per il Volontariato della provincia di Pavia",
  },
  login: {
    title: "Accedi a Insieme",
    lead: "Entra con l'e-mail e la password del tuo account.",
    email: "E-mail",
    password: "Password",
    submit: "Accedi",
    submitting: "Accesso in corso…",
    invalidCredentials: "E-mail o password non corrette.",
    tooManyAttempts: "Troppi tentativi di accesso. Riprova tra qualche minuto.",
    unexpectedError: "Non è stato possibile accedere. Riprova.",
    sessionEnded: "La tua sessione è terminata. Accedi di nuovo per continuare.",
    emailNotVerified: "Non hai ancora confermato il tuo indirizzo e-mail: apri il link che ti abbiamo inviato.",
    resendVerification: "Invia di nuovo il link di conferma",
    forgotPassword: "Password dimenticata?",
    noAccount: "La tua organizzazione non è ancora su Insieme?",
    signUp: "Iscriviti",
  },
  validation: {
    emailRequired: "Inserisci l'e-mail.",
    emailInvalid: "Inserisci un indirizzo e-mail valido.",
    passwordRequired: "Inserisci la password.",
    tooLong: "Il testo è troppo lungo.",
  },
  workspace: {
    title: "Il tuo spazio",
    organization: "La tua organizzazione",
    status: "Stato",
    pendingNotice:
      "La tua organizzazione è in attesa di approvazione da parte dello staff del CSV Pavia. Ti avviseremo appena sarà attiva.",
    partnershipsTitle: "Le tue partnership",
    partnershipsEmpty:
      "Non hai ancora partnership. Quando tu e un partner vi sarete scelti, la partnership comparirà qui.",
    partner: "Partner",
    phase: "Fase",
    since: "Dal",
    noOrganization: "Il tuo account non è collegato a nessuna organizzazione. Scrivi al CSV Pavia per essere aggiunto.",
    contactsLink: "Contatti dell'organizzazione",
    contactsTitle: "Contatti dell'organizzazione",
    contactsLead: "Li condividiamo con un partner solo quando vi siete scelti a vicenda; lo staff del CSV Pavia li vede sempre.",
    contactName: "Referente",
    contactEmail: "E-mail del referente",
    contactPhone: "Telefono (facoltativo)",
    website: "Sito web (facoltativo)",
    saveContacts: "Salva i contatti",
    savingContacts: "Salvataggio…",
    contactsSaved: "Contatti salvati.",
    contactErrors: {
      nameRequired: "Scrivi il nome del referente.",
      emailInvalid: "Inserisci un indirizzo e-mail valido.",
      phoneInvalid: "Scrivi il numero con sole cifre, spazi e un + iniziale facoltativo.",
      websiteInvalid: "Scrivi l'indirizzo completo, per esempio https://www.esempio.it.",
      tooLong: "Il testo è troppo lungo.",
      saveFailed: "Non è stato possibile salvare. Riprova.",
    },
  },
  staff: {
    title: "Tutte le partnership",
    lead: "Le partnership in corso, fase per fase.",
    users: "Utenti",
    partnerships: "Partnership",
    perPhase: "Partnership per fase",
    count: "Numero",
    company: "Impresa",
    nonprofit: "Ente",
    owner: "Referente CSV",
    noOwner: "Nessuno",
    empty: "Non ci sono ancora partnership.",
    phaseEmpty: "Nessuna partnership in questa fase.",
  },
  users: {
    title: "Utenti e ruoli",
    lead: "Solo gli amministratori possono cambiare ruoli e disattivare account. Ogni modifica vale dalla richiesta successiva.",
    name: "Nome",
    email: "E-mail",
    role: "Ruolo",
    state: "Stato",
    active: "Attivo",
    disabled: "Disattivato",
    actions: "Azioni",
    disable: "Disattiva",
    enable: "Riattiva",
    changeRole: "Cambia ruolo",
    save: "Salva",
    signOutEverywhere: "Esci da tutti i dispositivi",
    signOutEverywhereHelp: "Chiude ogni sessione aperta con il tuo account, su qualsiasi dispositivo.",
    cannotChangeSelf: "Non puoi disattivare il tuo account né cambiare il tuo ruolo.",
    notFound: "Utente non trovato.",
    saved: "Modifica salvata.",
  },
  errors: {
    notFoundTitle: "Pagina non trovata",
    notFound: "La pagina che cerchi non esiste o non hai il permesso di vederla.",
    forbiddenTitle: "Accesso non consentito",
    forbidden: "Questa pagina è riservata a un altro tipo di utente.",
    unauthorizedTitle: "Accesso richiesto",
    unauthorized: "Per vedere questa pagina devi accedere.",
    genericTitle: "Qualcosa è andato storto",
    generic: "Si è verificato un errore inatteso. Riprova tra poco.",
  },
  // Feature sections, each in its own file under sections/.
  forms: formsSection.it,
  auditActions: auditActionsSection.it,
  privacyRetention: privacyRetentionSection.it,
  account: accountSection.it,
  signup: signupSection.it,
  questionnaire: questionnaireSection.it,
  review: reviewSection.it,
  suggestions: suggestionsSection.it,
  directory: directorySection.it,
  notifications: notificationsSection.it,
  outbox: outboxSection.it,
  security: securitySection.it,
  exchange: exchangeSection.it,
  board: boardSection.it,
  partnership: partnershipSection.it,
  checklist: checklistSection.it,
  negotiation: negotiationSection.it,
  messages: messagesSection.it,
  agreement: agreementSection.it,
  report: reportSection.it,
  programmeReport: programmeReportSection.it,
  programme: programmeSection.it,
  communication: communicationSection.it,
  monitoring: monitoringSection.it,
  closing: closingSection.it,
  titleGoal: titleGoalSection.it,
  dashboard: dashboardSection.it,
  partnershipNotices: partnershipNoticesSection.it,
  members: membersSection.it,
  notificationPreferences: notificationPreferencesSection.it,
  documents: documentsSection.it,
  calendar: calendarSection.it,
  endRequest: endRequestSection.it,
} as const;

export type Messages = Widen<typeof it>;
