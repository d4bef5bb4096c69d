import nextJest from "next/jest.js";

// next/jest gives us Next's own SWC transform, so tests compile exactly like the app.
const createJestConfig = nextJest({ dir: "./" });

// A few ATECO 2025 codes written for the tests (the real tables are built per installation:
// npm run ateco:build, README). Workers inherit it.
process.env.ATECO_TABLES_DIR ??= new URL("./tests/fixtures/ateco", import.meta.url).pathname;

/** @type {import("jest").Config} */
const config = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.integration-test.ts"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // `server-only` throws outside a React Server Component bundle; in Jest it is a no-op.
    "^server-only$": "<rootDir>/tests/support/empty-module.ts",
  },
  // Integration tests each start their own database: give them room on a 2-core machine.
  testTimeout: 60_000,
  maxWorkers: 2,
};

// Prisma's WebAssembly schema engine and file-type (with its helpers) ship as ES modules only: let
// Jest compile it like our own code.
export default async function jestConfig() {
  const resolved = await createJestConfig(config)();
  return {
    ...resolved,
    transformIgnorePatterns: ["/node_modules/(?!(@prisma/schema-engine-wasm|file-type|strtok3|token-types|uint8array-extras|@tokenizer|@borewit)/)", "^.+\\.module\\.(css|sass|scss)$"],
  };
}
