import type { Database } from "@/lib/db/client";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { toListedOrganization, type ListedOrganization } from "@/lib/directory/listed-organization";
import { ProfileColumns, prepareProfile } from "@/lib/match";
import { submittedMatchProfile } from "@/lib/profiles/submitted-match-profile";

/** How often an app server asks PostgreSQL what changed (at most; only when suggestions are asked for). */
export const REFRESH_INTERVAL_MS = 5_000;
/**
 * `updatedAt` is written with the clock of the app server that made the change, and a
 * transaction may commit after a later one: every refresh looks this far behind its watermark
 * again, so a change is missed only if its server's clock or its commit lagged by more (and
 * then the count check below still catches additions and removals). Rows seen again are
 * first read as versions only, and read in full only when a version changed, so the
 * overlap stays cheap even after a bulk import touched every row.
 */
export const WATERMARK_OVERLAP_MS = 15_000;

/** Name, kind and comune for the suggestions page; the directory reads the rest. */
export type CandidateCard = ListedOrganization;

type Row = {
  id: string;
  kind: OrganizationKind;
  name: string;
  comune: string;
  status: string;
  updatedAt: Date;
  profile: { data: unknown; submittedAt: Date | null; updatedAt: Date } | null;
};

const ROW_SELECT = {
  id: true,
  kind: true,
  name: true,
  comune: true,
  status: true,
  updatedAt: true,
  profile: { select: { data: true, submittedAt: true, updatedAt: true } },
} as const;

type VersionRow = {
  id: string;
  status: string;
  updatedAt: Date;
  profile: { submittedAt: Date | null; updatedAt: Date } | null;
};

/** Every ACTIVE organisation is listed (the directory); those with a sent questionnaire may also be suggested. */
const isListed = (row: VersionRow) => row.status === "ACTIVE";
const versionOf = (row: VersionRow) => `${row.updatedAt.getTime()}:${row.profile?.updatedAt.getTime()}:${row.profile?.submittedAt?.getTime()}`;

const LISTED_WHERE = { status: "ACTIVE" } as const;

/**
 * The prepared profiles of every organisation that may be suggested, kept in memory by each
 * app server, so a suggestions page ranks them without reading or preparing them again; and
 * every ACTIVE organisation as the directory lists it (ListedOrganization), so a directory
 * search reads no organisation from the database either.
 *
 * It follows PostgreSQL, not the other servers: at most once per refresh interval, and only
 * when asked, it reads the organisations and profiles whose `updatedAt` passed its
 * watermark (approvals, suspensions, questionnaire changes all write it), adds or replaces
 * the ACTIVE ones (in the columns only with a readable sent questionnaire) and drops the
 * others. A deleted organisation leaves no row to read: the count of ACTIVE ones is compared at every refresh, and when it differs the ids
 * are read to drop the missing ones (and read any the index lacks). So several servers converge on the same index without
 * talking to each other, each within one interval of a change.
 */
export class CandidateIndex {
  private readonly columns: Record<OrganizationKind, ProfileColumns> = {
    COMPANY: new ProfileColumns(),
    NONPROFIT: new ProfileColumns(),
  };
  private readonly cards = new Map<string, ListedOrganization>();
  /** Every ACTIVE id, questionnaire or not, with the versions last read. */
  private readonly versions = new Map<string, string>();
  private watermark: number | null = null;
  private lastRefreshAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | null = null;
  private readonly refreshIntervalMs: number;
  private readonly now: () => number;

  constructor(options: { refreshIntervalMs?: number; now?: () => number } = {}) {
    this.refreshIntervalMs = options.refreshIntervalMs ?? REFRESH_INTERVAL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Refreshes if the interval has passed since the last refresh; concurrent callers share one. */
  async ensureFresh(db: Database): Promise<void> {
    if (this.pending) return this.pending;
    if (this.now() - this.lastRefreshAt < this.refreshIntervalMs) return;
    this.pending = this.refresh(db).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** The candidates of one kind, for rankCandidates. */
  candidatesOf(kind: OrganizationKind): ProfileColumns {
    return this.columns[kind];
  }

  /** Name, kind and comune of a candidate, for the page. */
  cardOf(id: string): CandidateCard | undefined {
    return this.cards.get(id);
  }

  /** Every ACTIVE organisation (both kinds), for the directory. */
  listed(): IterableIterator<ListedOrganization> {
    return this.cards.values();
  }

  get size(): number {
    return this.versions.size;
  }

  private async refresh(db: Database): Promise<void> {
    const startedAt = this.now();
    if (this.watermark === null) {
      const rows = await db.organization.findMany({ where: LISTED_WHERE, select: ROW_SELECT });
      for (const row of rows) this.apply(row);
    } else {
      const since = new Date(this.watermark - WATERMARK_OVERLAP_MS);
      const [changed, count] = await Promise.all([
        db.organization.findMany({
          where: { OR: [{ updatedAt: { gt: since } }, { profile: { updatedAt: { gt: since } } }] },
          select: { id: true, status: true, updatedAt: true, profile: { select: { submittedAt: true, updatedAt: true } } },
        }),
        db.organization.count({ where: LISTED_WHERE }),
      ]);
      const toRead: string[] = [];
      for (const row of changed) {
        if (!isListed(row)) this.applyVersion(row);
        else if (this.versions.get(row.id) !== versionOf(row)) toRead.push(row.id);
        else this.applyVersion(row);
      }
      if (toRead.length > 0) {
        const rows = await db.organization.findMany({ where: { id: { in: toRead } }, select: ROW_SELECT });
        for (const row of rows) this.apply(row);
      }
      if (count !== this.versions.size) await this.reconcile(db);
    }
    this.lastRefreshAt = startedAt;
  }

  /** Moves the watermark; drops a row that is no longer ACTIVE. True if it is. */
  private applyVersion(row: VersionRow): boolean {
    const updated = Math.max(row.updatedAt.getTime(), row.profile?.updatedAt.getTime() ?? 0);
    this.watermark = Math.max(this.watermark ?? 0, updated);
    if (isListed(row)) return true;
    this.drop(row.id);
    return false;
  }

  private apply(row: Row): void {
    if (!this.applyVersion(row)) return;
    const version = versionOf(row);
    if (this.versions.get(row.id) === version) return;
    this.drop(row.id);
    this.versions.set(row.id, version);
    // Not sent, or sent but no longer parsing: listed by name, never suggested.
    const profile = submittedMatchProfile(row);
    const prepared = profile ? prepareProfile(profile) : null;
    if (prepared) this.columns[row.kind].upsert(prepared);
    this.cards.set(row.id, toListedOrganization(row, profile, prepared));
  }

  private drop(id: string): void {
    this.versions.delete(id);
    this.cards.delete(id);
    this.columns.COMPANY.remove(id);
    this.columns.NONPROFIT.remove(id);
  }

  /** Drops deleted organisations, and reads any ACTIVE one a refresh missed (ids first: cheap). */
  private async reconcile(db: Database): Promise<void> {
    const rows = await db.organization.findMany({ where: LISTED_WHERE, select: { id: true } });
    const present = new Set(rows.map((row) => row.id));
    for (const id of [...this.versions.keys()]) if (!present.has(id)) this.drop(id);
    const missing = rows.filter((row) => !this.versions.has(row.id)).map((row) => row.id);
    if (missing.length === 0) return;
    const found = await db.organization.findMany({ where: { ...LISTED_WHERE, id: { in: missing } }, select: ROW_SELECT });
    for (const row of found) this.apply(row);
  }
}

// One index per server process (kept on globalThis so that reloading modules in development
// does not start a second one).
const holder = globalThis as typeof globalThis & { insiemeCandidateIndex?: CandidateIndex };

export function getCandidateIndex(): CandidateIndex {
  holder.insiemeCandidateIndex ??= new CandidateIndex();
  return holder.insiemeCandidateIndex;
}
