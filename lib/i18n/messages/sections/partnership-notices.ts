import { defineSection } from "../../define-section";

// Notification kinds about a partnership's life (in-app and e-mail). {partnershipTitle}
// and the other placeholders come from each notification's params.
export const partnershipNoticesSection = defineSection({
  it: {
    kinds: {
      "partnership.phaseChanged": {
        title: "«{partnershipTitle}» è passata a: {phase}",
        body: "Lo staff del CSV ha spostato la partnership «{partnershipTitle}» nella fase «{phase}». Rispondete al breve punto sulla relazione.",
      },
      "partnership.message": {
        title: "Nuovo messaggio su «{partnershipTitle}»",
        body: "{authorName} ha scritto: {excerpt}",
      },
      "partnership.checklistAssigned": {
        title: "Un'attività per te su «{partnershipTitle}»",
        body: "Ti è stata assegnata: {itemText}.",
      },
      "partnership.agreementAccepted": {
        title: "Accordo accettato da {organizationName}",
        body: "{organizationName} ha accettato l'accordo della partnership «{partnershipTitle}». Manca la vostra accettazione.",
      },
      "partnership.agreementSigned": {
        title: "Accordo firmato da entrambe le parti",
        body: "L'accordo della partnership «{partnershipTitle}» è stato accettato da entrambe le parti.",
      },
      "partnership.agreementChanged": {
        title: "L'accordo è stato modificato",
        body: "L'accordo della partnership «{partnershipTitle}» è cambiato: le accettazioni precedenti sono annullate. Rileggetelo e accettatelo di nuovo.",
      },
      "partnership.storyApprovalRequested": {
        title: "La storia di «{partnershipTitle}» aspetta la vostra approvazione",
        body: "La storia pubblica della partnership è stata scritta o modificata. Approvatela perché compaia sulla pagina del programma.",
      },
      "partnership.storyPublished": {
        title: "La storia di «{partnershipTitle}» è pubblicata",
        body: "Entrambe le parti hanno approvato la storia: ora compare nella vetrina del programma.",
      },
      "partnership.finalEvaluationSubmitted": {
        title: "Valutazione finale inviata per «{partnershipTitle}»",
        body: "{organizationName} ha compilato la valutazione finale.",
      },
      "partnership.completed": {
        title: "«{partnershipTitle}» è conclusa",
        body: "La partnership si è conclusa. Scaricate il rapporto d'impatto e, se volete, rinnovatela.",
      },
      "partnership.renewed": {
        title: "«{partnershipTitle}» è stata rinnovata",
        body: "È stata aperta una nuova partnership tra le stesse parti, a partire da quella conclusa.",
      },
      "partnership.endRequestedComplete": {
        title: "Richiesta di concludere «{partnershipTitle}»",
        body: "{authorName} vorrebbe concludere la partnership «{partnershipTitle}». Motivo: {reason}",
      },
      "partnership.endRequestedDiscontinue": {
        title: "Richiesta di interrompere «{partnershipTitle}»",
        body: "{authorName} vorrebbe interrompere la partnership «{partnershipTitle}». Motivo: {reason}",
      },
      "partnership.endRequestWithdrawn": {
        title: "Richiesta ritirata su «{partnershipTitle}»",
        body: "La richiesta di concludere o interrompere la partnership «{partnershipTitle}» è stata ritirata: si continua.",
      },
      "partnership.endRequestConfirmed": {
        title: "Lo staff ha accolto la richiesta su «{partnershipTitle}»",
        body: "Lo staff del CSV chiuderà la partnership «{partnershipTitle}» come chiesto. {answer}",
      },
      "partnership.endRequestDiscuss": {
        title: "Lo staff vorrebbe parlarne: «{partnershipTitle}»",
        body: "Prima di chiudere la partnership «{partnershipTitle}» lo staff del CSV vorrebbe parlarne con voi. {answer}",
      },
      "reminder.checklistOverdue": {
        title: "Scadenza superata su «{partnershipTitle}»",
        body: "L'attività «{itemText}» doveva essere completata entro il {dueDate}.",
      },
      "reminder.inactive": {
        title: "«{partnershipTitle}» è ferma da 30 giorni",
        body: "Nella partnership non succede nulla da almeno 30 giorni. Aggiornate le attività o scrivete allo staff del CSV.",
      },
      "reminder.checkInUnanswered": {
        title: "Come va «{partnershipTitle}»?",
        body: "Aspettiamo ancora la vostra risposta al punto sulla relazione con il partner.",
      },
    },
  },
  en: {
    kinds: {
      "partnership.phaseChanged": {
        title: "“{partnershipTitle}” moved to: {phase}",
        body: "CSV staff moved the partnership “{partnershipTitle}” to the phase “{phase}”. Please answer the short check-in on the relationship.",
      },
      "partnership.message": {
        title: "New message on “{partnershipTitle}”",
        body: "{authorName} wrote: {excerpt}",
      },
      "partnership.checklistAssigned": {
        title: "A task for you on “{partnershipTitle}”",
        body: "You were assigned: {itemText}.",
      },
      "partnership.agreementAccepted": {
        title: "Agreement accepted by {organizationName}",
        body: "{organizationName} accepted the agreement of the partnership “{partnershipTitle}”. Your acceptance is missing.",
      },
      "partnership.agreementSigned": {
        title: "Agreement signed by both parties",
        body: "The agreement of the partnership “{partnershipTitle}” was accepted by both parties.",
      },
      "partnership.agreementChanged": {
        title: "The agreement was changed",
        body: "The agreement of the partnership “{partnershipTitle}” changed: earlier acceptances are cancelled. Read it again and accept it.",
      },
      "partnership.storyApprovalRequested": {
        title: "The story of “{partnershipTitle}” awaits your approval",
        body: "The partnership's public story was written or changed. Approve it so that it appears on the programme's page.",
      },
      "partnership.storyPublished": {
        title: "The story of “{partnershipTitle}” is published",
        body: "Both parties approved the story: it now appears in the programme's showcase.",
      },
      "partnership.finalEvaluationSubmitted": {
        title: "Final evaluation submitted for “{partnershipTitle}”",
        body: "{organizationName} filled in the final evaluation.",
      },
      "partnership.completed": {
        title: "“{partnershipTitle}” is completed",
        body: "The partnership is completed. Download the impact report and, if you wish, renew it.",
      },
      "partnership.renewed": {
        title: "“{partnershipTitle}” was renewed",
        body: "A new partnership between the same parties was opened, starting from the completed one.",
      },
      "partnership.endRequestedComplete": {
        title: "Request to complete “{partnershipTitle}”",
        body: "{authorName} would like to complete the partnership “{partnershipTitle}”. Reason: {reason}",
      },
      "partnership.endRequestedDiscontinue": {
        title: "Request to discontinue “{partnershipTitle}”",
        body: "{authorName} would like to discontinue the partnership “{partnershipTitle}”. Reason: {reason}",
      },
      "partnership.endRequestWithdrawn": {
        title: "Request withdrawn on “{partnershipTitle}”",
        body: "The request to complete or discontinue the partnership “{partnershipTitle}” was withdrawn: it carries on.",
      },
      "partnership.endRequestConfirmed": {
        title: "Staff agreed to the request on “{partnershipTitle}”",
        body: "CSV staff will close the partnership “{partnershipTitle}” as asked. {answer}",
      },
      "partnership.endRequestDiscuss": {
        title: "Staff would like to talk: “{partnershipTitle}”",
        body: "Before closing the partnership “{partnershipTitle}”, CSV staff would like to talk it over with you. {answer}",
      },
      "reminder.checklistOverdue": {
        title: "Overdue on “{partnershipTitle}”",
        body: "The task “{itemText}” was due by {dueDate}.",
      },
      "reminder.inactive": {
        title: "“{partnershipTitle}” has been idle for 30 days",
        body: "Nothing has happened in the partnership for at least 30 days. Update its activities or write to CSV staff.",
      },
      "reminder.checkInUnanswered": {
        title: "How is “{partnershipTitle}” going?",
        body: "We are still waiting for your answer to the check-in on the relationship with your partner.",
      },
    },
  },
});
