// Adds up what Jest, Playwright and the other checks wrote into reports/ and prints one
// line, `tests: N passed, N failed`, that CI reads. Exits 1 when anything failed or when
// nothing ran at all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? "reports";
let passed = 0;
let failed = 0;

const files = existsSync(dir) ? readdirSync(dir).sort() : [];
for (const file of files) {
  const content = readFileSync(path.join(dir, file), "utf8");
  if (file.startsWith("check-")) {
    if (content.trim() === "pass") passed += 1;
    else failed += 1;
  } else if (file.startsWith("jest-")) {
    const report = JSON.parse(content);
    passed += report.numPassedTests;
    // A suite that fails to start has no failed test, but it failed.
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  } else if (file.startsWith("e2e-")) {
    const { stats, errors = [] } = JSON.parse(content);
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected + (errors.length > 0 && stats.expected + stats.unexpected === 0 ? 1 : 0);
  }
}
if (passed + failed === 0) failed = 1; // no report at all: the run itself broke

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
