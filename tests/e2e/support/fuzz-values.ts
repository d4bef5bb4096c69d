// The building blocks of the fuzz test (tests/e2e/fuzz.e2e.ts): a seeded random source and
// the hostile values it draws from. Pure, so a seed always yields the same sequence.

/** mulberry32: a small, fast, seedable generator; the same seed gives the same numbers. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** Strings nobody types, each a class of bad input the issue lists, plus some that look fine. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "a\u0000b",
  "\u0000",
  "\uD800",
  "x\uDFFFy",
  "\uDBFF\uDBFF",
  "0000-01-01",
  "0000-00-00",
  "1899-12-31",
  "2201-01-01",
  "275760-09-13",
  "2026-02-30",
  "9999-99-99T99:99",
  "2147483648",
  "-2147483649",
  "9007199254740993",
  "1e309",
  "-1",
  "0.5",
  "NaN",
  "Infinity",
  "%E0%A4%A",
  "%ED%A0%80",
  "%",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "$K99",
  "$@1",
  "$Q5",
  "$undefined",
  "$",
  "true",
  "null",
  "[]",
  "{}",
  "__proto__",
  "🤝 Insieme",
  "\u202Eevil",
  "Descrizione normale di una attività",
  "https://evil.example/",
  "x".repeat(5_000),
  "x".repeat(200_000),
];

/** Values only a JSON body can carry: wrong types and numbers beyond every column. */
export const HOSTILE_JSON: readonly unknown[] = [
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1,
  0,
  0.5,
  true,
  false,
  null,
  [],
  ["a", 1, null],
  {},
  { nested: { deeper: ["\u0000"] } },
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  Array.from({ length: 40 }).reduce<unknown>((inner) => [inner], "deep"),
];

/** Route segments that must be a 404, never a 500. */
export const HOSTILE_SEGMENTS: readonly string[] = [
  "%E0%A4%A",
  "%ED%A0%80",
  "%C0%AF",
  "%",
  "%%",
  "a%00b",
  "%00",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "x".repeat(300),
  "0",
  "-1",
  "2147483648",
  "null",
  "undefined",
  "%F0%9F%A4%9D",
  "%uD800",
];

/** A value for a field: mostly a hostile string, sometimes a real id, sometimes a JSON-only value. */
export function hostileValue(random: Random, realIds: readonly string[], json: boolean): unknown {
  const roll = random.next();
  if (roll < 0.25 && realIds.length > 0) return random.pick(realIds);
  if (json && roll < 0.5) return random.pick(HOSTILE_JSON);
  return random.pick(HOSTILE_STRINGS);
}
