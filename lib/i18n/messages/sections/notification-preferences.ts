import { defineSection } from "../../define-section";

// The e-mail preferences: the page where each person chooses how each kind of e-mail
// reaches them, the footer every e-mail carries, and the daily digest e-mail.
export const notificationPreferencesSection = defineSection({
  it: {
    title: "Preferenze e-mail",
    lead: "Le notifiche restano sempre qui nell'app. Per ogni tipo scegli se ricevere anche un'e-mail subito, un riepilogo al giorno o nessuna e-mail.",
    linkFromNotifications: "Scegli quali e-mail ricevere",
    backToNotifications: "Torna alle notifiche",
    alwaysSent:
      "Le e-mail sull'account (verifica dell'indirizzo, nuova password, inviti, avvisi di sicurezza) arrivano sempre, subito.",
    digestTime: "Il riepilogo arriva una volta al giorno, verso le {time}.",
    save: "Salva le preferenze",
    saving: "Salvataggio…",
    saved: "Preferenze salvate.",
    deliveries: {
      IMMEDIATE: { label: "Subito", hint: "Un'e-mail per ogni aggiornamento." },
      DIGEST: { label: "Riepilogo giornaliero", hint: "Un'unica e-mail al giorno con tutti gli aggiornamenti." },
      NEVER: { label: "Mai", hint: "Nessuna e-mail: li trovi tra le notifiche." },
    },
    kinds: {
      MESSAGES: { label: "Messaggi", hint: "I messaggi scritti nelle partnership." },
      PHASE_CHANGES: { label: "Cambi di fase", hint: "Una partnership che si apre, passa a una nuova fase, si conclude o si rinnova." },
      DEADLINES: { label: "Scadenze e promemoria", hint: "Attività assegnate, scadenze superate, risposte attese." },
      APPROVALS: { label: "Approvazioni", hint: "Accordi, storie pubbliche, valutazioni finali e revisione dell'organizzazione." },
      INTRODUCTIONS: { label: "Presentazioni", hint: "Interessi ricevuti, presentazioni del CSV e le risposte." },
    },
    errors: { delivery: "Scegli come ricevere queste e-mail." },
    mailFooter: "Scegli quali e-mail ricevere da Insieme: {link}",
    digest: {
      subject: "Il tuo riepilogo di Insieme: {count} aggiornamenti",
      subjectOne: "Il tuo riepilogo di Insieme: 1 aggiornamento",
      greeting: "Ciao {name},",
      intro: "ecco gli aggiornamenti su Insieme dall'ultimo riepilogo.",
      other: "Altri aggiornamenti",
      open: "Apri: {link}",
    },
  },
  en: {
    title: "E-mail preferences",
    lead: "Notifications always stay here in the app. For each kind, choose whether you also get an e-mail at once, one digest a day, or no e-mail.",
    linkFromNotifications: "Choose which e-mails you receive",
    backToNotifications: "Back to notifications",
    alwaysSent: "E-mails about your account (address verification, new password, invitations, security notices) always arrive, at once.",
    digestTime: "The digest arrives once a day, around {time}.",
    save: "Save preferences",
    saving: "Saving…",
    saved: "Preferences saved.",
    deliveries: {
      IMMEDIATE: { label: "At once", hint: "One e-mail for each update." },
      DIGEST: { label: "Daily digest", hint: "A single e-mail a day with every update." },
      NEVER: { label: "Never", hint: "No e-mail: you find them among your notifications." },
    },
    kinds: {
      MESSAGES: { label: "Messages", hint: "Messages written in partnerships." },
      PHASE_CHANGES: { label: "Phase changes", hint: "A partnership that opens, moves to a new phase, ends or is renewed." },
      DEADLINES: { label: "Deadlines and reminders", hint: "Assigned tasks, missed due dates, answers awaited." },
      APPROVALS: { label: "Approvals", hint: "Agreements, public stories, final evaluations and the review of your organisation." },
      INTRODUCTIONS: { label: "Introductions", hint: "Interests received, introductions by CSV and the answers." },
    },
    errors: { delivery: "Choose how to receive these e-mails." },
    mailFooter: "Choose which e-mails you get from Insieme: {link}",
    digest: {
      subject: "Your Insieme digest: {count} updates",
      subjectOne: "Your Insieme digest: 1 update",
      greeting: "Hello {name},",
      intro: "here are the updates on Insieme since the last digest.",
      other: "Other updates",
      open: "Open: {link}",
    },
  },
});
