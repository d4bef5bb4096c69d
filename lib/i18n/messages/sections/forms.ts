import { defineSection } from "../../define-section";

// The answers every action can give, whatever the form (lib/actions/define-action.ts): a
// form looks its own catalogue up first, then these (translateKey).
export const formsSection = defineSection({
  it: {
    formHasErrors: "Alcuni campi vanno corretti: li trovi segnalati qui sotto.",
    invalidCharacters: "Il testo contiene caratteri non validi: ricopialo senza caratteri speciali nascosti.",
    invalidInput: "La richiesta non è valida. Ricarica la pagina e riprova.",
    notFound: "Non troviamo ciò che cerchi: forse è stato eliminato. Ricarica la pagina.",
    forbidden: "Non puoi fare questa operazione.",
    conflict: "Qualcun altro ha modificato questi dati nel frattempo: ricarica la pagina e riprova.",
    rateLimited: "Troppe richieste in poco tempo. Attendi qualche minuto e riprova.",
    rateLimitedFor: "Troppe richieste in poco tempo. Riprova tra {minutes} {minutes:minuto|minuti}.",
    tooLarge: "Il contenuto inviato è troppo grande.",
    generic: "Qualcosa non ha funzionato. Riprova.",
    required: "obbligatorio",
    comboboxResults: "{count} risultati: frecce su e giù per scorrerli, Invio per scegliere.",
    comboboxNoResults: "Nessun risultato.",
  },
  en: {
    formHasErrors: "Some fields need correcting: they are marked below.",
    invalidCharacters: "The text contains invalid characters: copy it again without hidden special characters.",
    invalidInput: "The request is not valid. Reload the page and try again.",
    notFound: "We cannot find what you are looking for: it may have been deleted. Reload the page.",
    forbidden: "You cannot do this.",
    conflict: "Someone else changed this data in the meantime: reload the page and try again.",
    rateLimited: "Too many requests in a short time. Wait a few minutes and try again.",
    rateLimitedFor: "Too many requests in a short time. Try again in {minutes} {minutes:minute|minutes}.",
    tooLarge: "What you sent is too large.",
    generic: "Something went wrong. Please try again.",
    required: "required",
    comboboxResults: "{count} results: up and down arrows to move, Enter to choose.",
    comboboxNoResults: "No results.",
  },
});
