import { distanceKm, type LatLon } from "./distance-km";
import { findComuneByIstat, type Comune } from "./find-comune";
import { COMUNI_TABLE } from "./comuni-table";

export type ComuneAtDistance = { readonly comune: Comune; readonly km: number };

/**
 * Comuni whose seat lies within `km` of a centre (a comune or a point), nearest first:
 * the "raggio d'azione" of an organisation, which may cross regional borders.
 */
export function comuniWithinRadius(center: LatLon, km: number): ComuneAtDistance[] {
  if (!Number.isFinite(km) || km < 0) throw new RangeError("radius must be a non-negative number of km");
  const result: ComuneAtDistance[] = [];
  for (const row of COMUNI_TABLE) {
    const d = distanceKm(center, { lat: row[3], lon: row[4] });
    const comune = d <= km ? findComuneByIstat(row[0]) : undefined;
    if (comune) result.push({ comune, km: d });
  }
  return result.sort((a, b) => a.km - b.km || a.comune.name.localeCompare(b.comune.name, "it"));
}
