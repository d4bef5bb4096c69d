export { atecoEntries, atecoInstalled, atecoVersion, type AtecoEntry, type AtecoLevel } from "./ateco-table";
export { findAteco, normalizeAtecoCode, searchAteco, suggestAteco2025, type AtecoSuggestion } from "./find-ateco";
