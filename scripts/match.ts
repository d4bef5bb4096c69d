/**
 * Ranks partners for the profiles of an exchange file (tests/fixtures/match-eval/FORMAT.md).
 *
 *   npm run match -- --in FILE [--subject ID] [--top N]
 *
 * Prints {"results":[{"subject","matches":[{"id","score","reasons","scoreSum","exactScore"}]}]}
 * on stdout: each reason with its weight ("+24 · …", "−30% · …"), the computation of the
 * score from them ("64 − 30% = 45", lib/match/explain-score.ts) and the unrounded score the
 * ranking used. Exit 2 with
 * a message on stderr for a bad flag, an unreadable or malformed file, or an unknown subject.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { explainScore, formatScoreSum, formatShownReason, prepareProfile, rankCandidates } from "../lib/match";
import { formatExchangeError, parseExchangeFile } from "../lib/profiles/exchange-format";

const USAGE = "uso: npm run match -- --in FILE [--subject ID] [--top N]";
const DEFAULT_TOP = 10;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readOptions(): { file: string; subject: string | undefined; top: number } {
  let values: { in?: string; subject?: string; top?: string };
  try {
    ({ values } = parseArgs({
      options: { in: { type: "string" }, subject: { type: "string" }, top: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (!values.in) fail(`manca --in FILE\n${USAGE}`);
  const top = values.top === undefined ? DEFAULT_TOP : Number(values.top);
  if (!Number.isInteger(top) || top < 1) fail(`--top deve essere un intero positivo, non "${values.top}"\n${USAGE}`);
  return { file: values.in, subject: values.subject, top };
}

/** One decimal: finer differences mean nothing to a person reading a ranking. */
function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

function main(): void {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const { file, subject, top } = readOptions();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(`impossibile leggere "${file}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseExchangeFile(text);
  if (!parsed.ok) fail(`"${file}" non rispetta il formato di scambio:\n${parsed.errors.map(formatExchangeError).join("\n")}`);

  const prepared = parsed.document.profiles.map(prepareProfile);
  const subjects = subject === undefined ? prepared : prepared.filter((p) => p.id === subject);
  if (subjects.length === 0) fail(`soggetto "${subject}" non presente in "${file}"`);

  const results = subjects.map((s) => ({
    subject: s.id,
    matches: rankCandidates(s, prepared, { top }).map((m) => {
      const explanation = explainScore(m.reasons);
      return {
        id: m.id,
        score: explanation.score,
        reasons: [...explanation.parts, ...explanation.penalties].map((part) => formatShownReason(part, "it")),
        scoreSum: formatScoreSum(explanation),
        exactScore: roundScore(m.score),
      };
    }),
  }));
  process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
}

main();
