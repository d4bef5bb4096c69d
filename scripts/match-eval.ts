/**
 * Measures the match engine against the judged cases of an exchange file.
 *
 *   npm run match:eval -- --in FILE [--verbose]
 *
 * Prints hit@1, hit@3, NDCG@5 and the forbidden partners proposed anywhere in the full
 * ranking, overall and (with --verbose) per case. Exposure spreading is off: each case is
 * judged on its own.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluateCases, prepareProfile, rankCandidates } from "../lib/match";
import { formatExchangeError, parseExchangeFile } from "../lib/profiles/exchange-format";

const USAGE = "uso: npm run match:eval -- --in FILE [--verbose]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readOptions(): { file: string; verbose: boolean } {
  try {
    const { values } = parseArgs({
      options: { in: { type: "string" }, verbose: { type: "boolean", short: "v" } },
      strict: true,
      allowPositionals: false,
    });
    if (!values.in) fail(`manca --in FILE\n${USAGE}`);
    return { file: values.in, verbose: values.verbose ?? false };
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function main(): void {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const { file, verbose } = readOptions();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(`impossibile leggere "${file}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseExchangeFile(text);
  if (!parsed.ok) fail(`"${file}" non rispetta il formato di scambio:\n${parsed.errors.map(formatExchangeError).join("\n")}`);
  const { profiles, cases } = parsed.document;
  if (cases.length === 0) fail(`"${file}" non contiene casi da valutare ("cases")`);

  const prepared = profiles.map(prepareProfile);
  const byId = new Map(prepared.map((p) => [p.id, p]));
  const summary = evaluateCases(cases, (subject) => {
    const profile = byId.get(subject);
    return profile ? rankCandidates(profile, prepared, { top: Number.POSITIVE_INFINITY }).map((m) => m.id) : [];
  });

  const lines: string[] = [];
  if (verbose) {
    lines.push("subject  hit@1  hit@3  NDCG@5  forbidden  top 5");
    for (const c of summary.cases) {
      lines.push(
        `${c.subject.padEnd(8)} ${String(c.hitAt1).padStart(5)}  ${String(c.hitAt3).padStart(5)}  ${c.ndcgAt5.toFixed(3).padStart(6)}  ${String(c.forbiddenProposed).padStart(9)}  ${c.ranking.join(" ")}`,
      );
    }
    lines.push("");
  }
  lines.push(`cases: ${summary.cases.length}`);
  lines.push(`hit@1: ${summary.hitAt1.toFixed(3)}`);
  lines.push(`hit@3: ${summary.hitAt3.toFixed(3)}`);
  lines.push(`NDCG@5: ${summary.ndcgAt5.toFixed(3)}`);
  lines.push(`forbidden proposed: ${summary.forbiddenProposed}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

main();
