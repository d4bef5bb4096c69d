// The RUNTS "numero di repertorio": the number the register gives a body when it enrols
// it (D.M. 106 of 15 September 2020, art. 8 and 9), a progressive whole number shown in the
// register's public search as e.g. "Repertorio n. 45678". Enrolments passed 130,000 in 2025,
// so up to 7 digits leave room. People copy it with its label ("Rep. n. 45678", "n° 45678")
// or with thousands dots ("45.678"): those are read as the number itself.

const LABEL = /^(?:rep(?:ertorio)?\.?\s*)?(?:n(?:umero|r|°|\.)?\.?\s*)?/i;

/** The canonical number ("45678"), or null when the text is not a repertorio number. */
export function parseRuntsNumber(text: string): string | null {
  const bare = text.trim().replace(LABEL, "").replace(/(\d)\.(?=\d{3}(?:\D|$))/g, "$1").trim();
  if (!/^\d{1,7}$/.test(bare)) return null;
  const number = bare.replace(/^0+/, "");
  return number === "" ? null : number;
}
