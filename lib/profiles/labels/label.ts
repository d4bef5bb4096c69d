/** A name in both languages of the interface. */
export type Label = { it: string; en: string };
