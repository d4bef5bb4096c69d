import type { Label } from "./label";

/** The 17 UN Sustainable Development Goals, by number. */
export const SDG_NAMES: Record<number, Label> = {
  1: { it: "Sconfiggere la povertà", en: "No poverty" },
  2: { it: "Sconfiggere la fame", en: "Zero hunger" },
  3: { it: "Salute e benessere", en: "Good health and well-being" },
  4: { it: "Istruzione di qualità", en: "Quality education" },
  5: { it: "Parità di genere", en: "Gender equality" },
  6: { it: "Acqua pulita e servizi igienico-sanitari", en: "Clean water and sanitation" },
  7: { it: "Energia pulita e accessibile", en: "Affordable and clean energy" },
  8: { it: "Lavoro dignitoso e crescita economica", en: "Decent work and economic growth" },
  9: { it: "Imprese, innovazione e infrastrutture", en: "Industry, innovation and infrastructure" },
  10: { it: "Ridurre le disuguaglianze", en: "Reduced inequalities" },
  11: { it: "Città e comunità sostenibili", en: "Sustainable cities and communities" },
  12: { it: "Consumo e produzione responsabili", en: "Responsible consumption and production" },
  13: { it: "Lotta contro il cambiamento climatico", en: "Climate action" },
  14: { it: "Vita sott'acqua", en: "Life below water" },
  15: { it: "Vita sulla terra", en: "Life on land" },
  16: { it: "Pace, giustizia e istituzioni solide", en: "Peace, justice and strong institutions" },
  17: { it: "Partnership per gli obiettivi", en: "Partnerships for the goals" },
};
