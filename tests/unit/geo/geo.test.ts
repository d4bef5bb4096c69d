import {
  COMUNI_REFERENCE,
  comuniWithinRadius,
  distanceKm,
  findComune,
  findComuneByIstat,
  formatComune,
  listComuniOfProvince,
  listProvinces,
  resolveComune,
} from "@/lib/geo";
import { COMUNI_TABLE } from "@/lib/geo/comuni-table";

function requireComune(name: string, province?: string) {
  const comune = findComune(name, province);
  if (!comune) throw new Error(`comune "${name}" not found`);
  return comune;
}

describe("lib/geo", () => {
  const pavia = listComuniOfProvince("PV");

  it("has every current Italian comune, 7,896 at the reference date, each with a cadastral code or a reason", () => {
    expect(COMUNI_REFERENCE).toMatch(/ISTAT/);
    expect(COMUNI_TABLE).toHaveLength(7896);
    expect(new Set(COMUNI_TABLE.map((row) => row[0])).size).toBe(7896);
    expect(COMUNI_TABLE.filter((row) => !/^[A-Z]\d{3}$/.test(row[5])).length).toBeLessThan(10);
    expect(requireComune("Pavia")).toMatchObject({ istat: "018110", cadastral: "G388", region: "Lombardia" });
    expect(requireComune("Roma")).toMatchObject({ istat: "058091", province: "RM", cadastral: "H501", region: "Lazio" });
  });

  it("has the 185 comuni of the province of Pavia, inside its bounding box", () => {
    expect(pavia).toHaveLength(185);
    const outside = pavia.filter((c) => c.lat < 44.68 || c.lat > 45.4 || c.lon < 8.5 || c.lon > 9.55);
    expect(outside.map((c) => c.name)).toEqual([]);
  });

  it("lists the 107 provinces with their region", () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(107);
    expect(provinces.find((p) => p.sigla === "PV")).toEqual({ sigla: "PV", name: "Pavia", region: "Lombardia" });
    expect(provinces.find((p) => p.sigla === "PC")?.region).toBe("Emilia-Romagna");
  });

  it("measures Pavia-Vigevano at about 28 km, and distances across regional borders", () => {
    const paviaCity = requireComune("Pavia");
    expect(distanceKm(paviaCity, requireComune("Vigevano"))).toBeGreaterThan(25);
    expect(distanceKm(paviaCity, requireComune("Vigevano"))).toBeLessThan(31);
    expect(distanceKm(paviaCity, requireComune("Piacenza"))).toBeGreaterThan(40);
    expect(distanceKm(paviaCity, requireComune("Piacenza"))).toBeLessThan(50);
    expect(distanceKm(paviaCity, requireComune("Roma"))).toBeGreaterThan(450);
    expect(distanceKm(paviaCity, requireComune("Roma"))).toBeLessThan(500);
  });

  it("is zero from a place to itself and symmetric", () => {
    const a = requireComune("Mortara");
    const b = requireComune("Novara");
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 10);
  });

  it("finds comuni whatever the case, accents and apostrophes", () => {
    expect(requireComune("sannazzaro de burgondi").istat).toBe(requireComune("Sannazzaro de' Burgondi").istat);
    expect(requireComune("SANNAZZARO DE’ BURGONDI").name).toBe("Sannazzaro de' Burgondi");
    expect(requireComune("zerbolo").name).toBe("Zerbolò");
    expect(requireComune("  pavia ").province).toBe("PV");
    expect(requireComune("Bozen").name).toBe("Bolzano/Bozen");
  });

  it("refuses unknown names", () => {
    expect(findComune("Atlantide")).toBeUndefined();
    expect(resolveComune("Atlantide")).toEqual({ status: "unknown" });
    expect(resolveComune("")).toEqual({ status: "unknown" });
    expect(findComune("Pavia", "MI")).toBeUndefined();
  });

  it("needs the province for a name two provinces share, as an argument or a suffix", () => {
    const samone = resolveComune("Samone");
    expect(samone.status).toBe("ambiguous");
    expect(samone.status === "ambiguous" && samone.candidates.map((c) => c.province).sort()).toEqual(["TN", "TO"]);
    expect(findComune("Samone")).toBeUndefined();
    expect(requireComune("Samone", "TO").region).toBe("Piemonte");
    expect(requireComune("Castro (LE)").region).toBe("Puglia");
    expect(requireComune("castro (bg)").region).toBe("Lombardia");
    expect(formatComune(requireComune("Castro (BG)"))).toBe("Castro (BG)");
    expect(formatComune(requireComune("Pavia"))).toBe("Pavia");
  });

  it("resolves former comuni, merged or renamed, to today's comune", () => {
    expect(resolveComune("Ruino")).toMatchObject({ status: "found", comune: { name: "Colli Verdi" }, former: "Ruino" });
    expect(requireComune("Bastida de' Dossi").name).toBe("Cornale e Bastida");
    expect(requireComune("Genzone").name).toBe("Corteolona e Genzone");
    expect(requireComune("Nibbiano").name).toBe("Alta Val Tidone");
    expect(requireComune("Abano Bagni").name).toBe("Abano Terme");
  });

  it("places comuni missing from GeoNames (manual table) and merged comuni", () => {
    for (const name of ["Colli Verdi", "Brallo di Pregola", "Val di Nizza", "Zinasco", "Rivanazzano Terme"]) {
      const comune = requireComune(name);
      expect(comune.province).toBe("PV");
      expect(Number.isFinite(comune.lat)).toBe(true);
    }
  });

  it("lists the comuni within a radius, nearest first, across regional borders", () => {
    const around = comuniWithinRadius(requireComune("Pavia"), 30);
    expect(around[0]).toEqual({ comune: requireComune("Pavia"), km: 0 });
    const names = around.map((a) => a.comune.name);
    expect(names).toContain("Vigevano");
    expect(names).not.toContain("Piacenza");
    expect(around.every((a, i) => i === 0 || a.km >= (around[i - 1]?.km ?? 0))).toBe(true);
    const wider = comuniWithinRadius(requireComune("Pavia"), 55).map((a) => a.comune.province);
    expect(wider).toEqual(expect.arrayContaining(["PC", "AL", "NO", "MI", "LO"]));
    expect(() => comuniWithinRadius(requireComune("Pavia"), -1)).toThrow(RangeError);
    expect(findComuneByIstat("018110")?.name).toBe("Pavia");
  });
});
