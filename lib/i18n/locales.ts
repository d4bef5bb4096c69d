export const LOCALES = ["it", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Italian first: the interface speaks Italian unless the visitor chose English. */
export const DEFAULT_LOCALE: Locale = "it";
export const LOCALE_COOKIE = "insieme-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
