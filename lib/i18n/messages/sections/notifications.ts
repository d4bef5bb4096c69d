import { defineSection } from "../../define-section";

// Messages of this feature: Italian first, English with exactly the same keys.
// `kinds` holds the text of each notification kind ({placeholders} come from its params);
// the same text is the subject and body of the e-mail sent with it.
export const notificationsSection = defineSection({
  it: {
    title: "Notifiche",
    lead: "Gli aggiornamenti su interessi, presentazioni e partnership.",
    staffLead: "Gli aggiornamenti che riguardano lo staff del CSV Pavia.",
    empty: "Non hai notifiche. Ti avviseremo qui quando qualcuno risponde o ti propone una partnership.",
    staffEmpty: "Nessuna notifica. Qui arrivano le nuove partnership e le risposte alle presentazioni che proponete.",
    markAllRead: "Segna tutte come lette",
    markedRead: "Tutte le notifiche sono segnate come lette.",
    unread: "Non letta",
    open: "Apri",
    unreadCount: "{count} da leggere",
    emailFooter: "Apri Insieme per rispondere: {link}",
    generic: { title: "Nuova notifica", body: "C'è un aggiornamento per te su Insieme." },
    kinds: {
      "interest.received": {
        title: "{organizationName} vorrebbe conoscervi",
        body: "{organizationName} ha espresso interesse per una partnership con voi. Leggete il messaggio e rispondete entro 14 giorni.",
      },
      "interest.reminder": {
        title: "Promemoria: {organizationName} aspetta una risposta",
        body: "{organizationName} vi ha scritto alcuni giorni fa e aspetta ancora la vostra risposta.",
      },
      "interest.accepted": {
        title: "{organizationName} ha accettato",
        body: "{organizationName} ha detto sì: ora vedete i contatti l'uno dell'altro e la partnership è aperta.",
      },
      "interest.declined": {
        title: "{organizationName} ha declinato",
        body: "{organizationName} ha preferito non proseguire. Guardate gli altri partner suggeriti.",
      },
      "interest.withdrawn": {
        title: "{organizationName} ha ritirato l'interesse",
        body: "{organizationName} ha ritirato la proposta che vi aveva inviato.",
      },
      "interest.expired": {
        title: "Nessuna risposta da {organizationName}",
        body: "Sono passati 14 giorni senza risposta da {organizationName}: la proposta è scaduta.",
      },
      "introduction.proposed": {
        title: "Il CSV Pavia vi presenta {organizationName}",
        body: "Lo staff del CSV Pavia pensa che {organizationName} sia il partner giusto per voi. Se siete d'accordo entrambi, la partnership si apre.",
      },
      "introduction.declined": {
        title: "Presentazione declinata: {companyName} e {nonprofitName}",
        body: "{organizationName} ha declinato la presentazione tra {companyName} e {nonprofitName}.",
      },
      "introduction.expired": {
        title: "Presentazione scaduta: {companyName} e {nonprofitName}",
        body: "La presentazione tra {companyName} e {nonprofitName} è scaduta dopo 14 giorni senza entrambe le risposte.",
      },
      "partnership.opened": {
        title: "Nuova partnership: {title}",
        body: "{companyName} e {nonprofitName} si sono scelti: la partnership è in fase 1, Pianificazione e preparazione.",
      },
      "organization.signed-up": {
        title: "Nuova iscrizione: {organizationName}",
        body: "{organizationName} si è iscritta a Insieme.",
      },
      "organization.submitted": {
        title: "Questionario inviato: {organizationName}",
        body: "{organizationName} ha inviato il questionario ed è in attesa di revisione.",
      },
      "organization.approved": {
        title: "{organizationName} è attiva",
        body: "Lo staff del CSV Pavia ha approvato {organizationName}: ora potete vedere i partner suggeriti.",
      },
      "organization.changes-requested": {
        title: "Modifiche richieste per {organizationName}",
        body: "Lo staff del CSV Pavia chiede alcune modifiche al questionario di {organizationName}.",
      },
      "organization.rejected": {
        title: "{organizationName} non è stata approvata",
        body: "Lo staff del CSV Pavia non ha approvato {organizationName}. Scrivete al CSV Pavia per chiarimenti.",
      },
      "organization.closure-requested": {
        title: "Chiusura chiesta: {organizationName}",
        body: "Per {organizationName} è stata chiesta la chiusura: confermala dalla pagina dell'organizzazione quando le sue partnership sono concluse.",
      },
    },
  },
  en: {
    title: "Notifications",
    lead: "Updates on interests, introductions and partnerships.",
    staffLead: "Updates for the CSV Pavia staff.",
    empty: "You have no notifications. We will tell you here when someone answers or proposes a partnership.",
    staffEmpty: "No notifications. New partnerships and answers to the introductions you propose arrive here.",
    markAllRead: "Mark all as read",
    markedRead: "All notifications are marked as read.",
    unread: "Unread",
    open: "Open",
    unreadCount: "{count} unread",
    emailFooter: "Open Insieme to answer: {link}",
    generic: { title: "New notification", body: "There is an update for you on Insieme." },
    kinds: {
      "interest.received": {
        title: "{organizationName} would like to meet you",
        body: "{organizationName} is interested in a partnership with you. Read their message and answer within 14 days.",
      },
      "interest.reminder": {
        title: "Reminder: {organizationName} is waiting for an answer",
        body: "{organizationName} wrote to you a few days ago and is still waiting for your answer.",
      },
      "interest.accepted": {
        title: "{organizationName} accepted",
        body: "{organizationName} said yes: you now see each other's contact details and the partnership is open.",
      },
      "interest.declined": {
        title: "{organizationName} declined",
        body: "{organizationName} preferred not to go ahead. Have a look at your other suggested partners.",
      },
      "interest.withdrawn": {
        title: "{organizationName} withdrew its interest",
        body: "{organizationName} withdrew the proposal it had sent you.",
      },
      "interest.expired": {
        title: "No answer from {organizationName}",
        body: "14 days went by without an answer from {organizationName}: the proposal has expired.",
      },
      "introduction.proposed": {
        title: "CSV Pavia introduces {organizationName}",
        body: "The CSV Pavia staff think {organizationName} is the right partner for you. If you both agree, the partnership opens.",
      },
      "introduction.declined": {
        title: "Introduction declined: {companyName} and {nonprofitName}",
        body: "{organizationName} declined the introduction between {companyName} and {nonprofitName}.",
      },
      "introduction.expired": {
        title: "Introduction expired: {companyName} and {nonprofitName}",
        body: "The introduction between {companyName} and {nonprofitName} expired after 14 days without both answers.",
      },
      "partnership.opened": {
        title: "New partnership: {title}",
        body: "{companyName} and {nonprofitName} chose each other: the partnership is in phase 1, Planning and preparation.",
      },
      "organization.signed-up": {
        title: "New sign-up: {organizationName}",
        body: "{organizationName} signed up to Insieme.",
      },
      "organization.submitted": {
        title: "Questionnaire submitted: {organizationName}",
        body: "{organizationName} submitted its questionnaire and is waiting for review.",
      },
      "organization.approved": {
        title: "{organizationName} is active",
        body: "The CSV Pavia staff approved {organizationName}: you can now see your suggested partners.",
      },
      "organization.changes-requested": {
        title: "Changes requested for {organizationName}",
        body: "The CSV Pavia staff ask for some changes to the questionnaire of {organizationName}.",
      },
      "organization.rejected": {
        title: "{organizationName} was not approved",
        body: "The CSV Pavia staff did not approve {organizationName}. Write to CSV Pavia for details.",
      },
      "organization.closure-requested": {
        title: "Closure asked: {organizationName}",
        body: "Closing {organizationName} has been asked for: confirm it from the organisation's page once its partnerships have ended.",
      },
    },
  },
});
