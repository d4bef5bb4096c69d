/**
 * Hand-kept corrections for scripts/build-comuni-table.ts, the only data in the build that
 * is not read from a package. Each entry is checked against the packages when it runs.
 */
type GeoPoint = { lat: number; lon: number };

/**
 * Comuni missing from GeoNames' populated places (small comuni, or comuni born from a
 * merger). Approximate coordinates of the municipal seat (town hall), to about 1 km, taken
 * from the comuni's public descriptions; enough for distances measured in kilometres.
 */
export const MANUAL_COORDINATES: Record<string, GeoPoint> = {
  "018002": { lat: 45.1086, lon: 9.2417 }, // Albaredo Arnaboldi
  "018021": { lat: 44.7369, lon: 9.2833 }, // Brallo di Pregola
  "018193": { lat: 44.9142, lon: 9.2717 }, // Colli Verdi (seat in Ruino, merger of 2019)
  "018125": { lat: 44.9667, lon: 9.25 }, // Rocca de' Giorgi
  "018126": { lat: 44.9117, lon: 9.0944 }, // Rocca Susella
  "018166": { lat: 44.8797, lon: 9.1667 }, // Val di Nizza
  // Neighbours of the province of Pavia and the rest of Lombardy.
  "033006": { lat: 45.0167, lon: 9.45 }, // Borgonovo Val Tidone (PC)
  "033007": { lat: 44.9667, lon: 9.8333 }, // Cadeo (PC)
  "033017": { lat: 44.7167, lon: 9.3833 }, // Corte Brugnatella (PC)
  "006067": { lat: 44.755, lon: 9.155 }, // Fabbrica Curone (AL)
  "006192": { lat: 45.0, lon: 8.8 }, // Alluvioni Piovera (AL, merger of 2018)
  "098021": { lat: 45.2833, lon: 9.4667 }, // Cornegliano Laudense (LO)
  "013097": { lat: 45.8167, lon: 9.2833 }, // Eupilio (CO)
  "014022": { lat: 46.15, lon: 9.5667 }, // Civo (SO)
  "014035": { lat: 46.4333, lon: 9.35 }, // Madesimo (SO)
  "014073": { lat: 46.4667, lon: 10.4167 }, // Valfurva (SO)
  "014078": { lat: 46.2, lon: 10.1333 }, // Villa di Tirano (SO)
  "016050": { lat: 45.7833, lon: 9.5667 }, // Capizzone (BG)
  "016223": { lat: 46.0333, lon: 10.0167 }, // Valbondione (BG)
  "016247": { lat: 45.8, lon: 9.7333 }, // Costa Serina (BG)
  "017185": { lat: 45.7333, lon: 10.7167 }, // Tignale (BS)
  "017189": { lat: 45.7667, lon: 10.75 }, // Tremosine sul Garda (BS)
  "017191": { lat: 45.7167, lon: 10.4667 }, // Treviso Bresciano (BS)
  "017206": { lat: 45.9333, lon: 10.2167 }, // Piancogno (BS)
  "097060": { lat: 45.9333, lon: 9.2833 }, // Oliveto Lario (LC)
};

/**
 * Names GeoNames uses instead of the official one: exonyms for the largest cities, the
 * frazione GeoNames lists in place of a comune, and for comuni born from a merger the
 * former comune that hosts the new seat.
 */
export const GEONAMES_ALIASES: Record<string, string> = {
  Milano: "Milan",
  Mantova: "Mantua",
  Roma: "Rome",
  Napoli: "Naples",
  Torino: "Turin",
  Firenze: "Florence",
  Venezia: "Venice",
  Genova: "Genoa",
  Padova: "Padua",
  "Reggio di Calabria": "Reggio Calabria",
  Jesolo: "Lido di Jesolo",
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
  "Alta Val Tidone": "Nibbiano",
};

/**
 * Mergers (fusioni) whose former comuni people may still write: ISTAT's "variazioni
 * amministrative" list them; these are the ones of the province of Pavia and its
 * neighbours that we have checked. Renames need no entry: they keep their cadastral code
 * and the script finds them.
 */
export const MERGERS: ReadonlyArray<{ into: string; province: string; since: string; former: readonly string[] }> = [
  { into: "Colli Verdi", province: "PV", since: "2019-01-01", former: ["Canevino", "Ruino", "Valverde"] },
  { into: "Cornale e Bastida", province: "PV", since: "2014-02-04", former: ["Cornale", "Bastida de' Dossi"] },
  { into: "Corteolona e Genzone", province: "PV", since: "2016-01-01", former: ["Corteolona", "Genzone"] },
  { into: "Alta Val Tidone", province: "PC", since: "2018-01-01", former: ["Caminata", "Nibbiano", "Pecorara"] },
  { into: "Borgo Virgilio", province: "MN", since: "2014-02-04", former: ["Borgoforte", "Virgilio"] },
  { into: "Tremezzina", province: "CO", since: "2014-01-21", former: ["Lenno", "Mezzegra", "Ossuccio", "Tremezzo"] },
  { into: "Castelgerundo", province: "LO", since: "2018-01-01", former: ["Camairago", "Cavacurta"] },
  { into: "Piadena Drizzona", province: "CR", since: "2019-01-01", former: ["Piadena", "Drizzona"] },
  { into: "Borgo Mantovano", province: "MN", since: "2018-01-01", former: ["Pieve di Coriano", "Revere", "Villa Poma"] },
  { into: "San Giorgio Bigarello", province: "MN", since: "2019-01-01", former: ["San Giorgio di Mantova", "Bigarello"] },
];
