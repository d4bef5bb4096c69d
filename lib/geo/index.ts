export { distanceKm, type LatLon } from "./distance-km";
export {
  findComune,
  findComuneByIstat,
  findProvince,
  formatComune,
  listComuniOfProvince,
  listProvinces,
  resolveComune,
  splitProvinceSuffix,
  type Comune,
  type ComuneLookup,
  type Province,
} from "./find-comune";
export { comuniWithinRadius, type ComuneAtDistance } from "./comuni-within-radius";
export { COMUNI_REFERENCE } from "./comuni-table";
export { normalizeComuneName } from "./normalize-comune-name";
export { searchComuni, type ComuneOption } from "./search-comuni";
