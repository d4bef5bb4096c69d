// The engine's view of the profile vocabulary: the codes live with the profiles
// (lib/profiles/vocabulary.ts, plain data); each code takes the bit of its index in the
// masks packed here.
export * from "../profiles/vocabulary";

export function bitOf<T extends string>(codes: readonly T[], code: T): number {
  const index = codes.indexOf(code);
  if (index < 0) throw new Error(`unknown code "${code}"`);
  return 1 << index;
}

/** Packs a list of codes into a bit mask; unknown codes throw, the parser has let none in. */
export function maskOf<T extends string>(codes: readonly T[], values: readonly T[]): number {
  let mask = 0;
  for (const value of values) mask |= bitOf(codes, value);
  return mask;
}

export function codesOfMask<T extends string>(codes: readonly T[], mask: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code !== undefined && (mask & (1 << i)) !== 0) out.push(code);
  }
  return out;
}

export function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
