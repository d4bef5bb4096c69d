import { readFileSync, writeFileSync } from "node:fs";
const root = process.argv[2];
const { prepareProfile, rankCandidates } = await import(root + "/lib/match/index.ts");
const { parseExchangeFile } = await import(root + "/lib/profiles/exchange-format/index.ts");
const parsed = parseExchangeFile(readFileSync("/work/shared/match-eval/sample.json", "utf8"));
const prepared = parsed.document.profiles.map(prepareProfile);
const out: Record<string, Array<[string, number, Array<[string, number]>]>> = {};
for (const s of prepared) out[s.id] = rankCandidates(s, prepared, { top: Infinity }).map((m: any) => [m.id, m.score, m.reasons.map((r: any) => [r.code, r.points])]);
writeFileSync(process.argv[3], JSON.stringify(out));
