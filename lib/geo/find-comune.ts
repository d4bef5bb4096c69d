import { COMUNI_TABLE, PROVINCES_TABLE, SUCCESSORS_TABLE, type ComuneRow } from "./comuni-table";
import { normalizeComuneName } from "./normalize-comune-name";

export type Comune = {
  readonly istat: string;
  readonly name: string;
  /** Province sigla ("PV"). */
  readonly province: string;
  readonly region: string;
  /** Cadastral (Belfiore) code, "" for the few the source lacks. */
  readonly cadastral: string;
  readonly lat: number;
  readonly lon: number;
};

export type Province = { readonly sigla: string; readonly name: string; readonly region: string };

/**
 * What a name resolves to. `former` is set when the name is of a comune that was renamed or
 * merged into `comune` (people keep writing "Ruino" years after it became Colli Verdi).
 */
export type ComuneLookup =
  | { readonly status: "found"; readonly comune: Comune; readonly former?: string }
  | { readonly status: "ambiguous"; readonly candidates: readonly Comune[] }
  | { readonly status: "unknown" };

type Index = {
  byIstat: Map<string, Comune>;
  byName: Map<string, Comune[]>;
  byFormerName: Map<string, Array<{ comune: Comune; former: string }>>;
  provinces: Map<string, Province>;
};

let index: Index | undefined;

// Built on first use: modules that only need the types should not pay for the index.
function getIndex(): Index {
  if (index) return index;
  const provinces = new Map(PROVINCES_TABLE.map(([sigla, name, region]) => [sigla, { sigla, name, region }]));
  const byIstat = new Map<string, Comune>();
  const byName = new Map<string, Comune[]>();
  for (const row of COMUNI_TABLE) {
    const comune = toComune(row, provinces);
    byIstat.set(comune.istat, comune);
    // Bilingual comuni ("Bolzano/Bozen") answer to each of their names.
    const names = new Set([comune.name, ...comune.name.split("/")].map(normalizeComuneName));
    for (const key of names) byName.set(key, [...(byName.get(key) ?? []), comune]);
  }
  const byFormerName = new Map<string, Array<{ comune: Comune; former: string }>>();
  for (const [former, , istat] of SUCCESSORS_TABLE) {
    const comune = byIstat.get(istat);
    if (!comune) continue;
    const key = normalizeComuneName(former);
    byFormerName.set(key, [...(byFormerName.get(key) ?? []), { comune, former }]);
  }
  index = { byIstat, byName, byFormerName, provinces };
  return index;
}

function toComune([istat, name, province, lat, lon, cadastral]: ComuneRow, provinces: Map<string, Province>): Comune {
  return { istat, name, province, region: provinces.get(province)?.region ?? "", cadastral, lat, lon };
}

/** "Samone (TO)" → name "Samone", province "TO"; a plain name has no province. */
export function splitProvinceSuffix(input: string): { name: string; province?: string } {
  const match = /^(.*?)\s*\(\s*([A-Za-z]{2})\s*\)\s*$/.exec(input);
  return match?.[1] !== undefined && match[2] ? { name: match[1], province: match[2].toUpperCase() } : { name: input };
}

/**
 * Resolves a comune written by a person or another system, tolerant of case, accents,
 * apostrophes and hyphens ("sannazzaro de burgondi"). The province, as a second argument
 * or as a suffix "Nome (PV)", is needed only for the few names that two provinces share
 * ("Samone", "Castro"); former comuni resolve to the one they are part of today.
 */
export function resolveComune(input: string, province?: string): ComuneLookup {
  const { byName, byFormerName } = getIndex();
  const split = splitProvinceSuffix(input.trim());
  const sigla = (province?.trim() || split.province)?.toUpperCase();
  const key = normalizeComuneName(split.name);
  if (!key) return { status: "unknown" };

  const inProvince = <T extends { province: string }>(list: readonly T[]): T[] =>
    sigla ? list.filter((item) => item.province === sigla) : [...list];

  const current = inProvince(byName.get(key) ?? []);
  const [only] = current;
  if (only && current.length === 1) return { status: "found", comune: only };
  if (current.length > 1) return { status: "ambiguous", candidates: current };

  const formers = (byFormerName.get(key) ?? []).filter((f) => !sigla || f.comune.province === sigla);
  const successors = [...new Map(formers.map((f) => [f.comune.istat, f])).values()];
  const [successor] = successors;
  if (successor && successors.length === 1) return { status: "found", comune: successor.comune, former: successor.former };
  if (successors.length > 1) return { status: "ambiguous", candidates: successors.map((f) => f.comune) };
  return { status: "unknown" };
}

const byRawName = new Map<string, Comune | undefined>();
const MAX_CACHED_NAMES = 10_000;

/**
 * The comune a name (or "Nome (PV)") stands for, or undefined when it is unknown or
 * ambiguous without a province. Use `resolveComune` to tell the two apart for a message.
 */
export function findComune(input: string, province?: string): Comune | undefined {
  // Profiles repeat a few hundred names: remember the raw spellings already resolved.
  const cacheKey = province ? `${input}\u0000${province}` : input;
  const cached = byRawName.get(cacheKey);
  if (cached !== undefined || byRawName.has(cacheKey)) return cached;
  const lookup = resolveComune(input, province);
  const comune = lookup.status === "found" ? lookup.comune : undefined;
  if (byRawName.size < MAX_CACHED_NAMES) byRawName.set(cacheKey, comune);
  return comune;
}

export function findComuneByIstat(istat: string): Comune | undefined {
  return getIndex().byIstat.get(istat);
}

/**
 * How a comune is written in a profile: its name, followed by the province only when
 * another comune has the same name, so that the text alone always resolves back to it.
 */
export function formatComune(comune: Comune): string {
  const homonyms = getIndex().byName.get(normalizeComuneName(comune.name)) ?? [];
  return homonyms.length > 1 ? `${comune.name} (${comune.province})` : comune.name;
}

/** All comuni of one province (by its sigla, e.g. "PV"), in ISTAT order. */
export function listComuniOfProvince(province: string): Comune[] {
  return [...getIndex().byIstat.values()].filter((c) => c.province === province);
}

/** Every province with its name and region, sorted by name. */
export function listProvinces(): Province[] {
  return [...getIndex().provinces.values()].sort((a, b) => a.name.localeCompare(b.name, "it"));
}

export function findProvince(sigla: string): Province | undefined {
  return getIndex().provinces.get(sigla.trim().toUpperCase());
}
