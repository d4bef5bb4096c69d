import { defineSection } from "../../define-section";

// The partnership's title and common goal: editing them, and confirming them on renewal.
export const titleGoalSection = defineSection({
  it: {
    edit: "Modifica titolo e obiettivo",
    lead: "Scrivete l'obiettivo in modo misurabile: cosa, per chi, entro quando. Lo riporta l'articolo 2 dell'accordo e il rapporto d'impatto. Si può cambiare finché entrambe le parti non hanno accettato l'accordo.",
    title: "Titolo della partnership",
    commonGoal: "Obiettivo comune",
    confirmCancelAcceptances: "Una parte ha già accettato l'accordo: cambiando l'obiettivo la sua accettazione viene annullata e l'accordo va riaccettato. Confermo.",
    saved: "Titolo e obiettivo salvati.",
    renewLead: "Confermate o riscrivete il titolo e l'obiettivo della nuova partnership.",
    errors: {
      titleTooShort: "Scrivete un titolo di almeno 3 caratteri.",
      titleTooLong: "Il titolo può avere al massimo 200 caratteri.",
      goalTooShort: "Scrivete un obiettivo di almeno 20 caratteri.",
      goalTooLong: "L'obiettivo può avere al massimo 2000 caratteri.",
      agreementAccepted: "Entrambe le parti hanno accettato l'accordo: l'obiettivo non si può più cambiare.",
      confirmCancelRequired: "Confermate che l'accettazione già data viene annullata.",
      closed: "La partnership è chiusa: non si può più modificare.",
    },
  },
  en: {
    edit: "Edit title and goal",
    lead: "Write the goal so that it can be measured: what, for whom, by when. Article 2 of the agreement and the impact report carry it. It can change until both parties have accepted the agreement.",
    title: "Partnership title",
    commonGoal: "Common goal",
    confirmCancelAcceptances: "One party has already accepted the agreement: changing the goal cancels that acceptance and the agreement must be accepted again. I confirm.",
    saved: "Title and goal saved.",
    renewLead: "Confirm or rewrite the title and the goal of the new partnership.",
    errors: {
      titleTooShort: "Write a title of at least 3 characters.",
      titleTooLong: "The title can be at most 200 characters long.",
      goalTooShort: "Write a goal of at least 20 characters.",
      goalTooLong: "The goal can be at most 2000 characters long.",
      agreementAccepted: "Both parties have accepted the agreement: the goal can no longer change.",
      confirmCancelRequired: "Confirm that the acceptance already given is cancelled.",
      closed: "The partnership is closed: it can no longer be changed.",
    },
  },
});
