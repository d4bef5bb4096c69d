import { COMUNI_TABLE } from "./comuni-table";
import { normalizeComuneName } from "./normalize-comune-name";

export type Comune = {
  readonly istat: string;
  readonly name: string;
  readonly province: string;
  readonly lat: number;
  readonly lon: number;
};

let byKey: Map<string, Comune> | undefined;
const byRawName = new Map<string, Comune | undefined>();
const MAX_CACHED_NAMES = 10_000;

// Built on first use: modules that only need the types should not pay for the index.
function getIndex(): Map<string, Comune> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const [istat, name, province, lat, lon] of COMUNI_TABLE) {
    const key = normalizeComuneName(name);
    const comune: Comune = { istat, name, province, lat, lon };
    // Lombardy has a few homonyms across provinces; the province of Pavia, where the
    // platform works, wins, then the first in ISTAT order.
    const existing = byKey.get(key);
    if (!existing || (province === "PV" && existing.province !== "PV")) byKey.set(key, comune);
  }
  return byKey;
}

/**
 * Finds a comune of Lombardy by name, tolerant of case, accents, apostrophes and hyphens
 * ("sannazzaro de burgondi", "SANNAZZARO DE’ BURGONDI"). Returns undefined if unknown.
 */
export function findComune(name: string): Comune | undefined {
  // Profiles repeat a few hundred names: remember the raw spellings already resolved.
  const cached = byRawName.get(name);
  if (cached !== undefined || byRawName.has(name)) return cached;
  const comune = getIndex().get(normalizeComuneName(name));
  if (byRawName.size < MAX_CACHED_NAMES) byRawName.set(name, comune);
  return comune;
}

/** All comuni of one province (by its sigla, e.g. "PV"), in ISTAT order. */
export function listComuniOfProvince(province: string): Comune[] {
  return COMUNI_TABLE.filter((row) => row[2] === province).map(([istat, name, prov, lat, lon]) => ({
    istat,
    name,
    province: prov,
    lat,
    lon,
  }));
}
