// The 20,000 approved organisations that bench:suggestions and bench:directory measure
// against, and the database they live in.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { createDatabaseClient } from "@/lib/db/client";
import { embeddedPaths, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { listComuniOfProvince } from "@/lib/geo";
import type { MatchProfile } from "@/lib/match";
import { createRandom, makeProfile, makeSentences } from "./match-profile-generator";

export const BENCH_PARTNER = { email: "bench.partner@insieme.local", password: "Bench-Partner-2026!" };
const PARTNER = BENCH_PARTNER;

/** The p-th percentile (nearest rank) of some timings. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export type BenchDatabase = { url: string; label: string; stop: () => Promise<void> };

/** BENCH_DATABASE_URL (a new database on that server), else the embedded PostgreSQL of `npm start` in a throwaway directory. */
export async function openBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const server = process.env.BENCH_DATABASE_URL;
  if (server) {
    const name = `${prefix}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    return { url: url.toString(), label: `PostgreSQL at BENCH_DATABASE_URL, new database ${name}`, stop: async () => {} };
  }
  // The default: the same embedded PostgreSQL as `npm start`, in a throwaway directory.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "insieme-bench-"));
  const embedded = await startEmbeddedPostgres({ paths: embeddedPaths(dataDir) });
  return {
    url: embedded.url,
    label: "embedded PostgreSQL (as npm start), throwaway directory",
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The questionnaire data of a drawn profile, in the shape the questionnaire stores. */
function profileData(profile: MatchProfile): Record<string, unknown> {
  const data: Record<string, unknown> = { ...profile };
  for (const column of ["id", "name", "comune", "kind"]) delete data[column];
  return profile.kind === "nonprofit" ? { ...data, runtsSection: "B", runtsNumber: "1" } : data;
}

/**
 * `count` ACTIVE organisations with sent questionnaires (even ids companies, odd nonprofits,
 * ids bench-s-N, names "Impresa N" / "Associazione N"), drawn like bench:match's, in bulk; and
 * a partner user who is a member of company bench-s-0.
 */
export async function seedBenchOrganizations(url: string, count: number): Promise<string> {
  const db = createDatabaseClient(url);
  const random = createRandom(20_260_101);
  const comuni = listComuniOfProvince("PV").map((c) => c.name);
  const sentences = makeSentences(random);
  const started = performance.now();
  const BATCH = 2_000;
  for (let from = 0; from < count; from += BATCH) {
    const profiles = Array.from({ length: Math.min(BATCH, count - from) }, (_, i) =>
      makeProfile(random, (from + i) % 2 === 0 ? "company" : "nonprofit", from + i, comuni, sentences),
    );
    await db.organization.createMany({
      data: profiles.map((p, i) => ({
        id: `bench-s-${from + i}`,
        kind: p.kind === "company" ? ("COMPANY" as const) : ("NONPROFIT" as const),
        name: `${p.kind === "company" ? "Impresa" : "Associazione"} ${from + i}`,
        taxCode: `BENCHS${String(from + i).padStart(7, "0")}`,
        comune: p.comune,
        status: "ACTIVE" as const,
      })),
    });
    await db.organizationProfile.createMany({
      data: profiles.map((p, i) => ({ organizationId: `bench-s-${from + i}`, data: profileData(p) as object, step: 5, submittedAt: new Date() })),
    });
  }
  await db.user.create({
    data: {
      email: PARTNER.email,
      name: "Partner Bench",
      passwordHash: await hashPassword(PARTNER.password),
      role: "PARTNER",
      emailVerifiedAt: new Date(),
      memberships: { create: { organizationId: "bench-s-0" } },
    },
  });
  const seconds = (performance.now() - started) / 1000;
  await db.$disconnect();
  return `${count} ACTIVE organisations with sent questionnaires in ${seconds.toFixed(1)} s; the partner is a member of company bench-s-0`;
}

