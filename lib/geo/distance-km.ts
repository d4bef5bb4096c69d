const EARTH_RADIUS_KM = 6371.0088;
const DEG = Math.PI / 180;

export type LatLon = { readonly lat: number; readonly lon: number };

/**
 * Great-circle (haversine) distance in kilometres. Road distances in the province are
 * 20-40% longer, but every profile is measured the same way, so rankings stay fair and the
 * ranges that companies declare are read as "as the crow flies".
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * DEG;
  const dLon = (b.lon - a.lon) * DEG;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * DEG) * Math.cos(b.lat * DEG) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
