import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"],
  },
  {
    // lib/ is plain TypeScript: it never reaches back into the app or its components.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/app/*", "@/components/*"] }],
    },
  },
  {
    // The match engine is pure: no database, no framework.
    files: ["lib/match/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["@/app/*", "@/components/*", "@/lib/db*", "@/lib/generated/*", "next", "next/*", "@prisma/*"] },
      ],
    },
  },
];

export default config;
