import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..", "..");
const FIXTURE = path.join(ROOT, "tests", "fixtures", "match-across-borders.json");

/** Runs `npm run match` as a user would, through tsx, and returns its exit code and output. */
function runMatch(...args: string[]) {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/match.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run match across regional borders", () => {
  jest.setTimeout(90_000);

  it("ranks nonprofits in Piacenza's province, Pavia's, Novara and Rome for a company in Piacenza, nearest first", () => {
    const { status, stdout, stderr } = runMatch("--in", FIXTURE, "--subject", "c-piacenza");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const { results } = JSON.parse(stdout) as { results: Array<{ matches: Array<{ id: string; reasons: string[] }> }> };
    const matches = results[0]?.matches ?? [];
    expect(matches.map((m) => m.id)).toEqual(["np-castel", "np-stradella", "np-novara", "np-roma"]);
    // Each reason carries its weight: "+3 · A 31 km, …".
    expect(matches[1]?.reasons).toContainEqual(expect.stringMatching(/^\+\d+ · A 31 km, entro il raggio d'azione dell'azienda \(60 km\)$/));
  });

  it("refuses a file with an unknown comune, naming the profile and the field", () => {
    const doc = JSON.parse(readFileSync(FIXTURE, "utf8")) as { profiles: Array<{ id: string; comune: string }> };
    for (const profile of doc.profiles) if (profile.id === "np-roma") profile.comune = "Atlantide";
    const file = path.join(mkdtempSync(path.join(tmpdir(), "match-")), "unknown-comune.json");
    writeFileSync(file, JSON.stringify(doc));
    const { status, stdout, stderr } = runMatch("--in", file);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('profilo "np-roma": campo "comune": comune non riconosciuto (serve il nome ufficiale di un comune italiano)');
  });
});
