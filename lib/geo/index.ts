export { distanceKm, type LatLon } from "./distance-km";
export { findComune, listComuniOfProvince, type Comune } from "./find-comune";
export { normalizeComuneName } from "./normalize-comune-name";
