/** Same keys as the Italian text, any string as value. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * A feature's messages in both languages, side by side in one file. The English half
 * must have exactly the keys of the Italian one (Italian is the reference).
 */
export function defineSection<const T>(section: { it: T; en: Widen<T> }): { it: T; en: Widen<T> } {
  return section;
}

/** Fills {name} placeholders: format("Ciao {name}", { name: "Anna" }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
