/**
 * Reduces a comune name to a comparison key: lower case, no accents, apostrophes,
 * hyphens and dots turned into spaces, "S." expanded to "san".
 *
 * Why: the same comune is written "Sannazzaro de' Burgondi", "sannazzaro de burgondi" or
 * "Sannazzaro de’ Burgondi" (typographic apostrophe) by different people and sources, and
 * the official list and GeoNames do not agree on hyphens ("Cocquio-Trevisago").
 */
export function normalizeComuneName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\bs\.\s*/g, "san ")
    .replace(/['\u2018\u2019`´\-./,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
