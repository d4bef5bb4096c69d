/**
 * Builds ateco-2025.json and ateco-2007-to-2025.json (in ATECO_TABLES_DIR, default
 * registries/ateco) from ISTAT's
 * published workbooks (npm run ateco:build). Download them from
 * https://www.istat.it/classificazione/ateco-2025/ first (ISTAT renames the files at every
 * update, so they are given by path, not fetched):
 *
 *   npm run ateco:build -- --structure StrutturaATECO-2025-IT-EN-DE.xlsx \
 *     --recode Tabella-ricodifica-ATECO-2022-ATECO-2025.xlsx --reference-date 2025-04-01
 *
 * --structure: sheet "ATECO 2025 Struttura" (code, Italian and English titles, level 1–6,
 *   parent code). --recode: ISTAT's recoding table of every ATECO 2007 (aggiornamento 2022)
 *   code to a representative ATECO 2025 code (ISTAT's and the Chambers of commerce's one).
 * Columns are found by their names; a missing column or a table that shrank stops the build.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { atecoTablesDir } from "@/lib/config/registry-paths";

const OUT_DIR = atecoTablesDir();

type Cell = ExcelJS.CellValue;

function text(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((part) => part.text).join("").replace(/\s+/g, " ").trim();
  if (typeof value === "object" && "result" in value) return text(value.result as Cell);
  return String(value).replace(/\s+/g, " ").trim();
}

/** The rows of the first sheet whose header has every wanted column, as objects by column name. */
async function readSheet<K extends string>(file: string, wanted: readonly K[]): Promise<Array<Record<K, string>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const sheet of workbook.worksheets) {
    const header = (sheet.getRow(1).values as Cell[]).map(text);
    if (!wanted.every((name) => header.includes(name))) continue;
    const rows: Array<Record<K, string>> = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const values = row.values as Cell[];
      rows.push(Object.fromEntries(wanted.map((name) => [name, text(values[header.indexOf(name)])])) as Record<K, string>);
    });
    return rows;
  }
  throw new Error(`${file}: no sheet has the columns ${wanted.join(", ")}. Has ISTAT changed the layout?`);
}

async function buildStructure(file: string, referenceDate: string) {
  const rows = await readSheet(file, ["CODICE_ATECO_2025", "TITOLO_ITALIANO_ATECO_2025", "TITOLO_INGLESE_ATECO_2025", "GERARCHIA_ATECO_2025", "CODICE_PADRE_ATECO_2025"]);
  const codes = rows
    .filter((row) => row.CODICE_ATECO_2025 !== "")
    .map((row) => [row.CODICE_ATECO_2025, Number(row.GERARCHIA_ATECO_2025), row.CODICE_PADRE_ATECO_2025, row.TITOLO_ITALIANO_ATECO_2025, row.TITOLO_INGLESE_ATECO_2025] as const);
  const bad = codes.find(([code, level, parent, it]) => !(level >= 1 && level <= 6) || !it || (level > 1 && !parent) || !/^([A-Z]|\d{2}(\.\d{1,2}){0,2})$/.test(code));
  if (bad) throw new Error(`${file}: unexpected row ${JSON.stringify(bad)}`);
  if (codes.length < 3000) throw new Error(`${file}: only ${codes.length} codes, ATECO 2025 has 3,257`);
  const known = new Set(codes.map(([code]) => code));
  const orphan = codes.find(([, level, parent]) => level > 1 && !known.has(parent));
  if (orphan) throw new Error(`${file}: ${orphan[0]} has an unknown parent ${orphan[2]}`);
  const table = { version: "ATECO 2025", source: `ISTAT, ${path.basename(file)} (sheet "ATECO 2025 Struttura")`, referenceDate, columns: ["code", "level", "parent", "titleIt", "titleEn"], codes };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, "ateco-2025.json"), `${JSON.stringify(table, null, 0).replace(/\],\[/g, "],\n[")}\n`);
  console.log(`ateco-2025.json: ${codes.length} codes`);
  return known;
}

async function buildRecoding(file: string, known: Set<string>) {
  const rows = await readSheet(file, ["CODICE_ATECO_2022", "NUMERO_CORR_ATECO_2022", "CODICE_ATECO_2025_RAPPRESENTATIVO", "CODICE_ATECO_2025_RAPPRESENTATIVO_SISTEMA_CAMERALE"]);
  const recodings: Record<string, [suggested: string, correspondences: number]> = {};
  for (const row of rows) {
    // The Chambers of commerce recoded every registered business to their representative
    // code on 1 April 2025: a company's own visura shows it, so it is the better suggestion.
    const chamber = row.CODICE_ATECO_2025_RAPPRESENTATIVO_SISTEMA_CAMERALE;
    const suggested = known.has(chamber) ? chamber : row.CODICE_ATECO_2025_RAPPRESENTATIVO;
    // Classes, categories and subcategories: what a company's registration carries.
    if (!/^\d{2}\.\d{2}(\.\d{1,2})?$/.test(row.CODICE_ATECO_2022) || !known.has(suggested)) continue;
    recodings[row.CODICE_ATECO_2022] = [suggested, Number(row.NUMERO_CORR_ATECO_2022) || 1];
  }
  if (Object.keys(recodings).length < 2500) throw new Error(`${file}: only ${Object.keys(recodings).length} ATECO 2007 codes recoded`);
  const table = { from: "ATECO 2007 (aggiornamento 2022)", to: "ATECO 2025", source: `ISTAT, ${path.basename(file)}`, columns: ["suggested2025", "correspondences"], recodings };
  writeFileSync(path.join(OUT_DIR, "ateco-2007-to-2025.json"), `${JSON.stringify(table).replace(/\],"/g, '],\n"')}\n`);
  console.log(`ateco-2007-to-2025.json: ${Object.keys(recodings).length} codes`);
}

async function main() {
  const { values } = parseArgs({ options: { structure: { type: "string" }, recode: { type: "string" }, "reference-date": { type: "string", default: "2025-04-01" } } });
  if (!values.structure || !values.recode) {
    console.error("usage: npm run ateco:build -- --structure <StrutturaATECO-2025….xlsx> --recode <ricodifica ATECO 2022-2025….xlsx> [--reference-date 2025-04-01]");
    process.exit(2);
  }
  const known = await buildStructure(values.structure, values["reference-date"]);
  await buildRecoding(values.recode, known);
}

void main();
