import { defineSection } from "../../define-section";

// Messages of the partnership page's closing part: Italian first, English with exactly the same keys.
export const closingSection = defineSection({
  it: {
    completedTitle: "La partnership è conclusa",
    completedLead: "Se volete continuare insieme, rinnovatela: si apre una nuova partnership tra le stesse parti, dalla fase di pianificazione, con il titolo e l'obiettivo che confermate o riscrivete qui sotto.",
    renew: "Rinnova la partnership",
    renewing: "Rinnovo in corso…",
    renewedAlready: "Questa partnership è già stata rinnovata.",
    openRenewal: "Apri «{title}»",
    discontinuedTitle: "La partnership è stata interrotta",
    reason: "Motivo",
    noReason: "Nessun motivo registrato.",
    discontinuedLead: "Il percorso resta consultabile così com'era. Per un nuovo progetto, cercate un partner tra quelli suggeriti o scrivete allo staff del CSV.",
    errors: {
      alreadyRenewed: "Questa partnership è già stata rinnovata: ricarica la pagina.",
      notCompleted: "Si può rinnovare solo una partnership conclusa.",
      generic: "Il rinnovo non è riuscito. Riprova.",
    },
  },
  en: {
    completedTitle: "The partnership is completed",
    completedLead: "If you want to carry on together, renew it: a new partnership opens between the same parties, from the planning phase, with the title and goal you confirm or rewrite below.",
    renew: "Renew the partnership",
    renewing: "Renewing…",
    renewedAlready: "This partnership has already been renewed.",
    openRenewal: "Open “{title}”",
    discontinuedTitle: "The partnership was discontinued",
    reason: "Reason",
    noReason: "No reason recorded.",
    discontinuedLead: "The record stays as it was. For a new project, look for a partner among the suggested ones or write to CSV staff.",
    errors: {
      alreadyRenewed: "This partnership has already been renewed: reload the page.",
      notCompleted: "Only a completed partnership can be renewed.",
      generic: "The renewal failed. Please try again.",
    },
  },
});
