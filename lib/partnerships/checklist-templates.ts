import type { PartnershipPhase } from "@/lib/generated/prisma/enums";

export type ChecklistTemplateItem = { key: string; it: string; en: string };

// The default checklist of each phase: what CSV Pavia expects the partners to have done
// before moving on. Partners and staff can add items of their own; these are the start.
export const CHECKLIST_TEMPLATES: Record<Exclude<PartnershipPhase, "COMPLETED" | "DISCONTINUED">, ChecklistTemplateItem[]> = {
  PLANNING: [
    { key: "goal", it: "Definire insieme l'obiettivo comune e il bisogno del territorio a cui risponde", en: "Agree on the common goal and the local need it answers" },
    { key: "contacts", it: "Indicare un referente per parte e il referente del CSV", en: "Name one contact person per party and the CSV contact" },
    { key: "resources", it: "Elencare le risorse che ciascuno può mettere in campo", en: "List the resources each party can bring" },
    { key: "risks", it: "Individuare rischi e vincoli (tempi, reputazione, normativa)", en: "Identify risks and constraints (timing, reputation, rules)" },
  ],
  NEGOTIATION: [
    { key: "contributions", it: "Concordare i contributi di ciascuna parte (denaro, ore, competenze, beni, spazi)", en: "Agree on each party's contributions (money, hours, skills, goods, spaces)" },
    { key: "expectations", it: "Mettere per iscritto le aspettative reciproche", en: "Write down what each party expects" },
    { key: "roles", it: "Definire ruoli e responsabilità", en: "Define roles and responsibilities" },
    { key: "indicators-draft", it: "Proporre gli indicatori con cui misurare i risultati", en: "Propose the indicators that will measure the results" },
  ],
  AGREEMENT: [
    { key: "draft", it: "Preparare l'accordo dal modello e rileggerlo insieme", en: "Prepare the agreement from the template and review it together" },
    { key: "communication-rules", it: "Concordare le regole di comunicazione e d'uso dei loghi", en: "Agree on communication and logo-use rules" },
    { key: "data-protection", it: "Verificare gli aspetti di protezione dei dati", en: "Check data protection" },
    { key: "signatures", it: "Far accettare l'accordo ai rappresentanti di entrambe le parti", en: "Have both parties' representatives accept the agreement" },
  ],
  MANAGEMENT: [
    { key: "plan", it: "Pianificare attività e scadenze con i responsabili", en: "Plan activities and milestones with their owners" },
    { key: "kickoff", it: "Fare l'incontro di avvio con le persone coinvolte", en: "Hold the kick-off meeting with the people involved" },
    { key: "log-contributions", it: "Registrare i contributi man mano che vengono dati", en: "Log contributions as they are delivered" },
  ],
  COMMUNICATION: [
    { key: "plan", it: "Preparare il piano di comunicazione (canali, date)", en: "Prepare the communication plan (channels, dates)" },
    { key: "story", it: "Scrivere insieme la storia della partnership da pubblicare", en: "Write the partnership's public story together" },
    { key: "approval", it: "Far approvare la storia da entrambe le parti prima di pubblicarla", en: "Have both parties approve the story before publishing it" },
  ],
  MONITORING: [
    { key: "measurements", it: "Registrare le misure degli indicatori", en: "Record the indicators' measurements" },
    { key: "check-in", it: "Fare il punto sulla relazione tra le parti", en: "Take stock of how the relationship is going" },
    { key: "final-evaluations", it: "Compilare la valutazione finale, una per parte", en: "Fill in the final evaluation, one per party" },
    { key: "report", it: "Produrre il rapporto d'impatto", en: "Produce the impact report" },
  ],
};
