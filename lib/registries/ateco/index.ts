export { ATECO_RECODING_SOURCE, ATECO_VERSION, atecoEntries, type AtecoEntry, type AtecoLevel } from "./ateco-table";
export { findAteco, normalizeAtecoCode, searchAteco, suggestAteco2025, type AtecoSuggestion } from "./find-ateco";
