import nextJest from "next/jest.js";

// next/jest gives us Next's own SWC transform, so tests compile exactly like the app.
const createJestConfig = nextJest({ dir: "./" });

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

export default createJestConfig(config);
