/**
 * Fills a text's wait placeholders from a Retry-After in seconds, rounded up to minutes:
 * `{minutes}` is the number, `{minutes:one|other}` the word in the right number
 * ("1 minuto", "5 minuti"). Without a wait the text is returned as it is.
 */
export function fillRetryAfter(text: string, retryAfterSeconds: number | undefined): string {
  if (!retryAfterSeconds || retryAfterSeconds <= 0) return text;
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return text.replace(/\{minutes:([^|}]*)\|([^}]*)\}/g, (_whole, one: string, other: string) => (minutes === 1 ? one : other)).replaceAll("{minutes}", String(minutes));
}

/**
 * Actions and schemas answer with message keys; a form shows them through its catalogues,
 * the most specific first. An unknown key shows the catalogues' `generic` text when there
 * is one (never a raw key to a person), else the key itself.
 */
export function translateKey(key: string | undefined, ...catalogues: Array<Record<string, string> | undefined>): string | undefined {
  if (!key) return undefined;
  for (const catalogue of catalogues) {
    if (catalogue && Object.hasOwn(catalogue, key)) return catalogue[key];
  }
  for (const catalogue of catalogues) {
    if (catalogue && Object.hasOwn(catalogue, "generic")) return catalogue.generic;
  }
  return key;
}
