/**
 * The floor of bench:match: the tightest loop over the same kind of features the engine ranks
 * on (three bit masks, coordinates with their cosine, a budget), in packed typed arrays,
 * keeping the top 10 in a small sorted array. It scores every candidate in full (no bound),
 * with a simpler formula than the engine's: what a ranking of 100,000 candidates costs when
 * it does almost nothing but read memory and do the arithmetic.
 */
import type { PreparedProfile, ProfileColumns } from "../lib/match";

export type Floor = {
  size: number;
  causes: Int32Array;
  needs: Int32Array;
  horizons: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  cosLat: Float64Array;
  budget: Float64Array;
};

export function createFloor(columns: ProfileColumns): Floor {
  const n = columns.size;
  return {
    size: n,
    causes: columns.causes.slice(0, n),
    needs: columns.needs.slice(0, n),
    horizons: columns.horizons.slice(0, n),
    lat: columns.latRad.slice(0, n),
    lon: columns.lonRad.slice(0, n),
    cosLat: columns.cosLat.slice(0, n),
    budget: columns.yearlyNeedEur.slice(0, n),
  };
}

function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Indices of the best `k` candidates for a company, best first. */
export function rankFloor(floor: Floor, subject: PreparedProfile, k: number): Int32Array {
  const { causes, needs, horizons, lat, lon, cosLat, budget } = floor;
  const topScores = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  const topItems = new Int32Array(k).fill(-1);
  const { causes: sCauses, offers: sOffers, horizons: sHorizons, latRad, lonRad, cosLat: sCos, budgetEur } = subject;
  for (let i = 0; i < floor.size; i++) {
    const sinLat = Math.sin(((lat[i] as number) - latRad) / 2);
    const sinLon = Math.sin(((lon[i] as number) - lonRad) / 2);
    const km = 12742 * Math.asin(Math.sqrt(sinLat * sinLat + sCos * (cosLat[i] as number) * sinLon * sinLon));
    const need = budget[i] as number;
    const score =
      8 * popcount(sCauses & (causes[i] as number)) +
      10 * popcount(sOffers & (needs[i] as number)) +
      ((sHorizons & (horizons[i] as number)) !== 0 ? 6 : 0) +
      (need > 0 ? Math.min(1, budgetEur / need) * 10 : 10) -
      km / 10;
    if (score <= (topScores[k - 1] as number)) continue;
    let j = k - 1;
    while (j > 0 && (topScores[j - 1] as number) < score) {
      topScores[j] = topScores[j - 1] as number;
      topItems[j] = topItems[j - 1] as number;
      j--;
    }
    topScores[j] = score;
    topItems[j] = i;
  }
  return topItems;
}
