import { defineSection } from "../../define-section";

// The privacy notice's retention list. Every number is a placeholder filled from
// lib/privacy/retention.ts (the values the purge job uses), never written here: the notice and
// the job cannot disagree. Each line says what the job erases, and when.
export const privacyRetentionSection = defineSection({
  it: {
    lines: [
      "- Account: finché non lo elimini. Quando elimini l'account dalla pagina \"Il tuo account\" cancelliamo subito nome, e-mail, password, lingua, iscrizioni alle organizzazioni, consensi e notifiche; i messaggi che hai scritto restano nelle partnership con l'autore indicato come \"ex membro\". Le accettazioni degli accordi conservano nome e ruolo di chi ha firmato, perché provano un contratto.",
      "- Organizzazione chiusa (chiusura chiesta da un titolare e confermata dallo staff del CSV Pavia): {closedOrganizationMonths} mesi dopo la chiusura cancelliamo contatti, codice fiscale o partita IVA, questionario, interessi e gli account dei membri che non appartengono ad altre organizzazioni. Nome, tipo e comune restano solo finché una partnership li cita.",
      "- Partnership concluse o interrotte, con accordo, accettazioni, messaggi e dati di monitoraggio: {endedPartnershipYears} anni dalla conclusione, il termine di prescrizione ordinario dei contratti (art. 2946 del Codice civile); poi le cancelliamo.",
      "- Contatori dei limiti di sicurezza (contengono indirizzi IP ed e-mail dei tentativi di accesso e delle richieste): {rateLimitCounterHours} ore dall'inizio del loro intervallo.",
      "- Link inviati per e-mail (verifica, reimpostazione della password, cambio di indirizzo): {emailLinkDaysAfterExpiry} giorni dopo la loro scadenza.",
      "- Inviti a entrare in un'organizzazione o nello staff (indirizzo e chi ha invitato): {invitationDaysAfterExpiry} giorni dopo la scadenza del link, accettati o no.",
      "- E-mail inviate o non recapitabili, nella coda di posta: {sentEmailDays} giorni.",
      "- Registro delle operazioni importanti e degli eventi di sicurezza (con l'indirizzo IP): {auditLogMonths} mesi.",
      "- Consenso alla newsletter: finché non lo revochi dalla pagina \"Il tuo account\"; la revoca resta registrata con la sua data finché esiste l'account.",
    ].join("\n"),
  },
  en: {
    lines: [
      "- Account: until you delete it. When you delete your account from the \"Your account\" page we erase at once your name, e-mail, password, language, memberships of organisations, consents and notifications; the messages you wrote stay in the partnerships with the author shown as \"former member\". Agreement acceptances keep the name and role of who signed, because they prove a contract.",
      "- Closed organisation (closure asked by an owner and confirmed by CSV Pavia staff): {closedOrganizationMonths} months after the closure we erase contacts, tax code, questionnaire, interests and the accounts of members who belong to no other organisation. Name, kind and comune stay only while a partnership names them.",
      "- Completed or discontinued partnerships, with agreement, acceptances, messages and monitoring data: {endedPartnershipYears} years after they end, the ordinary limitation period for contracts (art. 2946 of the Italian Civil Code); then we erase them.",
      "- Counters of the security limits (they hold the IP and e-mail addresses of login attempts and requests): {rateLimitCounterHours} hours from the start of their window.",
      "- Links sent by e-mail (verification, password reset, change of address): {emailLinkDaysAfterExpiry} days after they expire.",
      "- Invitations to join an organisation or the staff (address and who invited): {invitationDaysAfterExpiry} days after their link expires, accepted or not.",
      "- Sent or undeliverable e-mails in the mail queue: {sentEmailDays} days.",
      "- Log of important operations and security events (with the IP address): {auditLogMonths} months.",
      "- Newsletter consent: until you withdraw it from the \"Your account\" page; the withdrawal stays recorded with its date as long as the account exists.",
    ].join("\n"),
  },
});
