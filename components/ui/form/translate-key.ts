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
