/**
 * The small Italian lexicon the engine reads descriptions with. Kept deliberately short and
 * general (themes a CSV broker recognises in any profile), never words of one sample profile.
 */

/** Function words and words every profile uses, which say nothing about fit. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // articles, prepositions, conjunctions, pronouns
  "alla", "alle", "agli", "allo", "dalla", "dalle", "dagli", "dallo", "della", "delle", "degli",
  "dello", "nella", "nelle", "negli", "nello", "sulla", "sulle", "sugli", "sullo", "come",
  "anche", "oltre", "dove", "quando", "mentre", "perché", "perche", "però", "pero", "ogni",
  "tutti", "tutte", "tutto", "tutta", "questo", "questa", "questi", "queste", "quello", "quella",
  "quelli", "quelle", "loro", "propri", "propria", "proprio", "proprie", "suoi", "sue", "essere",
  "sono", "stato", "stata", "fare", "fanno", "viene", "vengono", "circa", "fino", "verso", "dopo",
  "prima", "presso", "senza", "sempre", "ancora", "molto", "poco", "alcune", "alcuni", "altro",
  "altri", "altre", "altra", "sola", "solo", "soltanto", "invece", "cosi", "così", "quale",
  "quali", "cui", "chi", "che", "con", "per", "tra", "fra", "del", "dei", "nel", "nei", "sul",
  "sui", "dal", "dai", "gli", "una", "uno", "non", "più", "piu", "già", "gia", "può", "puo",
  "possono", "vuole", "vogliono", "cerca", "cercano", "serve", "servono", "ha", "hanno",
  "dell", "nell", "all", "dall", "sull", "quest", "quell",
  // words of every CSR profile
  "euro", "anno", "anni", "annuo", "annui", "annuale", "associazione", "organizzazione",
  "azienda", "aziende", "aziendali", "aziendale", "partner", "progetto", "progetti", "impresa",
  "società", "societa", "dipendenti", "attività", "attivita", "iniziative", "iniziativa",
  "sostenere", "sostiene", "bisogno", "mette", "disposizione", "contributo", "offre",
  "volontariato", "volontari", "volontario", "srl", "spa", "snc", "odv", "aps", "ets",
]);

/** Words that open a negated clause: what follows, up to the next punctuation, is refused. */
export const NEGATION_CUES: ReadonlySet<string> = new Set([
  "non", "né", "ne", "senza", "nessun", "nessuna", "nessuno", "rifiuta", "esclude", "tranne",
  "eccetto", "salvo",
]);

/**
 * Themes recognised by stem prefix, one bit each. Two descriptions that speak of the same
 * theme in different words ("minibasket", "sportive") still meet here.
 */
export const CONCEPTS: ReadonlyArray<{ name: string; it: string; prefixes: readonly string[]; except?: readonly string[] }> = [
  { name: "sport", it: "sport", except: ["sportell"], prefixes: ["sport", "calci", "basket", "minibasket", "pallavol", "podist", "corsa", "palestr", "atlet", "nuot", "ciclis", "rugby", "tennis"] },
  { name: "youth", it: "giovani", prefixes: ["ragazz", "giovan", "bambin", "minor", "adolesc", "student", "scuol", "scolast", "doposcuol", "infanzi"] },
  { name: "elderly", it: "anziani", prefixes: ["anzian", "terza eta", "over 65", "pension"] },
  { name: "food", it: "cibo", prefixes: ["cibo", "alimen", "pane", "pasti", "pasto", "mensa", "mense", "emporio", "eccedenz", "spreco", "spesa", "riso", "dispensa"] },
  { name: "agriculture", it: "agricoltura", prefixes: ["agricol", "orti", "orto", "ortagg", "serra", "coltiv", "cascin", "contadin", "vign"] },
  { name: "environment", it: "ambiente", prefixes: ["ambient", "clima", "rifiut", "ecolog", "natur", "fium", "sponde", "bosch", "biodivers", "riciclo", "inquin"] },
  { name: "work-inclusion", it: "inserimento lavorativo", prefixes: ["inserim", "reinserim", "tirocin", "assunz", "svantagg", "detenut", "lavorativ", "occupaz", "disoccup"] },
  { name: "disability", it: "disabilità", prefixes: ["disabil", "handicap", "autism", "salute mental"] },
  { name: "housing", it: "casa", prefixes: ["casa", "alloggi", "abitat", "housing", "sfratt", "senza dimora", "dormitori"] },
  { name: "culture", it: "cultura", prefixes: ["cultur", "patrimon", "rievocaz", "muse", "teatr", "music", "rassegn", "archeolog", "arte", "artist", "bibliotec", "pievi"] },
  { name: "health", it: "salute", prefixes: ["sanitar", "salute", "medic", "farmac", "ospedal", "malat", "dipendenz", "terapeut"] },
  { name: "digital", it: "digitale", prefixes: ["digital", "informatic", "computer", "portatil", "coding", "software", "robotic", "spid", "online", "tecnolog"] },
  { name: "mobility", it: "trasporti", prefixes: ["trasport", "furgon", "mezzo", "mezzi", "autist", "logistic", "magazzin", "consegn", "accompagn"] },
  { name: "legality", it: "legalità", prefixes: ["legalit", "confiscat", "criminal", "mafi"] },
  { name: "rural-areas", it: "aree interne", prefixes: ["montagn", "valle", "collin", "spopolam", "frazion", "borgh", "isolat"] },
  { name: "family", it: "famiglie", prefixes: ["famigl", "genitor", "adozion", "adottiv", "madri", "padri"] },
  { name: "emergency", it: "emergenze", prefixes: ["protezione civile", "soccors", "emergenz", "ambulanz"] },
  { name: "poverty", it: "povertà", prefixes: ["povert", "indigen", "difficolt", "bisognos", "servizi sociali"] },
  { name: "migrants", it: "migranti", prefixes: ["migrant", "rifugiat", "stranier", "intercultur", "profugh"] },
  { name: "regeneration", it: "recupero di spazi", prefixes: ["ristruttur", "riqualific", "rifacim", "edil", "impiant", "cantier", "manutenz", "recupero di uno spazio"] },
  { name: "training", it: "formazione", prefixes: ["formazion", "corso", "corsi", "educa", "laborator"] },
];

/**
 * Suffixes removed by the light stemmer, longest first. A full Italian stemmer (Snowball)
 * would be heavier and no better for short descriptions compared with each other.
 */
export const SUFFIXES: readonly string[] = [
  "amente", "imente", "azioni", "azione", "zioni", "zione", "mente", "ivita", "ità", "ita",
  "iche", "ichi", "ive", "ivi", "iva", "ivo", "ose", "osi", "osa", "oso", "ali", "ale", "ici",
  "ico", "ica", "ie", "i", "e", "a", "o",
];
