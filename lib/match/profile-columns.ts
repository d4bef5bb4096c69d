import type { PreparedPlace, PreparedProfile } from "./prepare-profile";

const INITIAL_CAPACITY = 16;
const COMPANY = 1;

/**
 * Prepared profiles stored by column: one typed array per feature, a profile is a slot
 * number. Ranking reads only the columns it needs, in order, with no object per candidate,
 * and 100,000 profiles take a few tens of megabytes instead of one object each. Description
 * stems live in one shared pool (each slot has a start and a count).
 *
 * Slots can be replaced and removed (the last slot moves into the hole), so a long-lived
 * index can follow changes without rebuilding; the stems of replaced slots are reclaimed by
 * compacting the pool when more than half of it is garbage.
 */
export class ProfileColumns {
  size = 0;
  ids: string[] = [];
  /** Comune, province and (companies) named area of each slot: read only by the range check. */
  places: PreparedPlace[] = [];
  isCompany = new Uint8Array(INITIAL_CAPACITY);
  latRad = new Float64Array(INITIAL_CAPACITY);
  lonRad = new Float64Array(INITIAL_CAPACITY);
  cosLat = new Float64Array(INITIAL_CAPACITY);
  causes = new Int32Array(INITIAL_CAPACITY);
  causeCount = new Int32Array(INITIAL_CAPACITY);
  offers = new Int32Array(INITIAL_CAPACITY);
  needs = new Int32Array(INITIAL_CAPACITY);
  needWeight = new Float64Array(INITIAL_CAPACITY);
  /** 1 / needWeight (0 when nothing is needed): the bound of score-pair.ts multiplies, never divides. */
  needWeightInverse = new Float64Array(INITIAL_CAPACITY);
  horizons = new Int32Array(INITIAL_CAPACITY);
  sdgs = new Int32Array(INITIAL_CAPACITY);
  sdgCount = new Int32Array(INITIAL_CAPACITY);
  sensitiveTags = new Int32Array(INITIAL_CAPACITY);
  excludedCauses = new Int32Array(INITIAL_CAPACITY);
  rangeKm = new Float64Array(INITIAL_CAPACITY);
  budgetEur = new Float64Array(INITIAL_CAPACITY);
  volunteerHours = new Float64Array(INITIAL_CAPACITY);
  volunteersHosted = new Float64Array(INITIAL_CAPACITY);
  yearlyNeedEur = new Float64Array(INITIAL_CAPACITY);
  concepts = new Int32Array(INITIAL_CAPACITY);
  conceptCount = new Int32Array(INITIAL_CAPACITY);
  stemStart = new Int32Array(INITIAL_CAPACITY);
  stemCount = new Int32Array(INITIAL_CAPACITY);
  stemPool = new Int32Array(INITIAL_CAPACITY * 32);
  private stemPoolUsed = 0;
  private stemsInUse = 0;
  private readonly slotOf = new Map<string, number>();

  static from(profiles: readonly PreparedProfile[]): ProfileColumns {
    const columns = new ProfileColumns();
    columns.reserve(profiles.length);
    for (const profile of profiles) columns.upsert(profile);
    return columns;
  }

  /**
   * Makes room for `count` profiles in all, when a caller knows how many it is about to load:
   * the columns are then allocated once, not doubled step by step (the arrays a doubling
   * leaves behind stay in memory until the next full collection).
   */
  reserve(count: number): void {
    if (count > this.isCompany.length) this.grow(count);
  }

  /** Empties the store, keeping its arrays (a scratch store reused from call to call). */
  clear(): void {
    this.size = 0;
    this.ids.length = 0;
    this.places.length = 0;
    this.slotOf.clear();
    this.stemPoolUsed = 0;
    this.stemsInUse = 0;
  }

  slotOfId(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  /** Adds a profile, or replaces the one with the same id; returns its slot. */
  upsert(profile: PreparedProfile): number {
    let slot = this.slotOf.get(profile.id);
    if (slot === undefined) {
      if (this.size === this.isCompany.length) this.grow(this.size * 2);
      slot = this.size++;
      this.slotOf.set(profile.id, slot);
      this.ids[slot] = profile.id;
    } else {
      this.stemsInUse -= this.stemCount[slot] as number;
    }
    this.write(slot, profile);
    return slot;
  }

  /** Removes a profile by id (the last slot takes its place); false when it was not there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.stemsInUse -= this.stemCount[slot] as number;
    const last = --this.size;
    if (slot !== last) {
      const lastId = this.ids[last] as string;
      this.ids[slot] = lastId;
      this.places[slot] = this.places[last] as PreparedPlace;
      this.slotOf.set(lastId, slot);
      for (const column of this.numericColumns()) column[slot] = column[last] as number;
    }
    this.ids.length = this.size;
    this.places.length = this.size;
    return true;
  }

  /** The slot as a PreparedProfile again (for the reasons of the few candidates returned). */
  profileAt(slot: number): PreparedProfile {
    const start = this.stemStart[slot] as number;
    return {
      id: this.ids[slot] as string,
      kind: this.isCompany[slot] === COMPANY ? "company" : "nonprofit",
      place: this.places[slot] as PreparedPlace,
      latRad: this.latRad[slot] as number,
      lonRad: this.lonRad[slot] as number,
      cosLat: this.cosLat[slot] as number,
      causes: this.causes[slot] as number,
      causeCount: this.causeCount[slot] as number,
      offers: this.offers[slot] as number,
      needs: this.needs[slot] as number,
      needWeight: this.needWeight[slot] as number,
      horizons: this.horizons[slot] as number,
      sdgs: this.sdgs[slot] as number,
      sdgCount: this.sdgCount[slot] as number,
      sensitiveTags: this.sensitiveTags[slot] as number,
      excludedCauses: this.excludedCauses[slot] as number,
      rangeKm: this.rangeKm[slot] as number,
      budgetEur: this.budgetEur[slot] as number,
      volunteerHours: this.volunteerHours[slot] as number,
      volunteersHosted: this.volunteersHosted[slot] as number,
      yearlyNeedEur: this.yearlyNeedEur[slot] as number,
      stems: this.stemPool.slice(start, start + (this.stemCount[slot] as number)),
      stemCount: this.stemCount[slot] as number,
      concepts: this.concepts[slot] as number,
      conceptCount: this.conceptCount[slot] as number,
    };
  }

  private write(slot: number, p: PreparedProfile): void {
    this.isCompany[slot] = p.kind === "company" ? COMPANY : 0;
    this.places[slot] = p.place;
    this.latRad[slot] = p.latRad;
    this.lonRad[slot] = p.lonRad;
    this.cosLat[slot] = p.cosLat;
    this.causes[slot] = p.causes;
    this.causeCount[slot] = p.causeCount;
    this.offers[slot] = p.offers;
    this.needs[slot] = p.needs;
    this.needWeight[slot] = p.needWeight;
    this.needWeightInverse[slot] = p.needWeight > 0 ? 1 / p.needWeight : 0;
    this.horizons[slot] = p.horizons;
    this.sdgs[slot] = p.sdgs;
    this.sdgCount[slot] = p.sdgCount;
    this.sensitiveTags[slot] = p.sensitiveTags;
    this.excludedCauses[slot] = p.excludedCauses;
    this.rangeKm[slot] = p.rangeKm;
    this.budgetEur[slot] = p.budgetEur;
    this.volunteerHours[slot] = p.volunteerHours;
    this.volunteersHosted[slot] = p.volunteersHosted;
    this.yearlyNeedEur[slot] = p.yearlyNeedEur;
    this.concepts[slot] = p.concepts;
    this.conceptCount[slot] = p.conceptCount;
    this.writeStems(slot, p.stems);
  }

  private writeStems(slot: number, stems: Int32Array): void {
    if (this.stemPoolUsed - this.stemsInUse > Math.max(this.stemsInUse, 4096)) this.compactStems();
    if (this.stemPoolUsed + stems.length > this.stemPool.length) {
      const pool = new Int32Array(Math.max(this.stemPool.length * 2, this.stemPoolUsed + stems.length));
      pool.set(this.stemPool.subarray(0, this.stemPoolUsed));
      this.stemPool = pool;
    }
    this.stemPool.set(stems, this.stemPoolUsed);
    this.stemStart[slot] = this.stemPoolUsed;
    this.stemCount[slot] = stems.length;
    this.stemPoolUsed += stems.length;
    this.stemsInUse += stems.length;
  }

  /** Copies the live stems to a fresh pool, in slot order, dropping those of replaced slots. */
  private compactStems(): void {
    let needed = 0;
    for (let slot = 0; slot < this.size; slot++) needed += this.stemCount[slot] as number;
    const pool = new Int32Array(Math.max(needed * 2, INITIAL_CAPACITY * 32));
    let used = 0;
    for (let slot = 0; slot < this.size; slot++) {
      const start = this.stemStart[slot] as number;
      const count = this.stemCount[slot] as number;
      pool.set(this.stemPool.subarray(start, start + count), used);
      this.stemStart[slot] = used;
      used += count;
    }
    this.stemPool = pool;
    this.stemPoolUsed = used;
  }

  private numericColumns(): Array<Uint8Array | Int32Array | Float64Array> {
    return [
      this.isCompany, this.latRad, this.lonRad, this.cosLat, this.causes, this.causeCount, this.offers,
      this.needs, this.needWeight, this.needWeightInverse, this.horizons, this.sdgs, this.sdgCount, this.sensitiveTags,
      this.excludedCauses, this.rangeKm, this.budgetEur, this.volunteerHours, this.volunteersHosted,
      this.yearlyNeedEur, this.concepts, this.conceptCount, this.stemStart, this.stemCount,
    ];
  }

  private grow(capacity: number): void {
    const grown = <T extends Uint8Array | Int32Array | Float64Array>(column: T): T => {
      const next = new (column.constructor as new (n: number) => T)(capacity);
      next.set(column);
      return next;
    };
    this.isCompany = grown(this.isCompany);
    this.latRad = grown(this.latRad);
    this.lonRad = grown(this.lonRad);
    this.cosLat = grown(this.cosLat);
    this.causes = grown(this.causes);
    this.causeCount = grown(this.causeCount);
    this.offers = grown(this.offers);
    this.needs = grown(this.needs);
    this.needWeight = grown(this.needWeight);
    this.needWeightInverse = grown(this.needWeightInverse);
    this.horizons = grown(this.horizons);
    this.sdgs = grown(this.sdgs);
    this.sdgCount = grown(this.sdgCount);
    this.sensitiveTags = grown(this.sensitiveTags);
    this.excludedCauses = grown(this.excludedCauses);
    this.rangeKm = grown(this.rangeKm);
    this.budgetEur = grown(this.budgetEur);
    this.volunteerHours = grown(this.volunteerHours);
    this.volunteersHosted = grown(this.volunteersHosted);
    this.yearlyNeedEur = grown(this.yearlyNeedEur);
    this.concepts = grown(this.concepts);
    this.conceptCount = grown(this.conceptCount);
    this.stemStart = grown(this.stemStart);
    this.stemCount = grown(this.stemCount);
  }
}
