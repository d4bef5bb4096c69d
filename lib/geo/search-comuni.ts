import { COMUNI_TABLE } from "./comuni-table";
import { findComuneByIstat, formatComune } from "./find-comune";
import { normalizeComuneName } from "./normalize-comune-name";

export type ComuneOption = {
  /** What the field holds once chosen: the official name, with its province when two share it. */
  readonly value: string;
  readonly name: string;
  readonly province: string;
  readonly region: string;
};

let keys: Array<{ istat: string; key: string }> | undefined;

/**
 * Comuni whose name starts with, or has a word starting with, what was typed (accents,
 * case and apostrophes ignored), names that start with it first: the suggestions of the
 * comune fields. Runs on the server only, so the table never reaches the browser.
 */
export function searchComuni(query: string, limit = 20): ComuneOption[] {
  const wanted = normalizeComuneName(query);
  if (wanted === "") return [];
  keys ??= COMUNI_TABLE.map((row) => ({ istat: row[0], key: normalizeComuneName(row[1]) }));
  const starts: Array<{ istat: string; key: string }> = [];
  const inside: Array<{ istat: string; key: string }> = [];
  for (const entry of keys) {
    if (entry.key.startsWith(wanted)) starts.push(entry);
    else if (entry.key.includes(` ${wanted}`)) inside.push(entry);
  }
  // Alphabetical within each group, so "Piacenza" comes before "Piacenza d'Adige".
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key, "it");
  return [...starts.sort(byKey), ...inside.sort(byKey)]
    .map(({ istat }) => istat).slice(0, limit).flatMap((istat) => {
    const comune = findComuneByIstat(istat);
    return comune ? [{ value: formatComune(comune), name: comune.name, province: comune.province, region: comune.region }] : [];
  });
}
