import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"],
  },
  {
    // Imports run app → components → lib, never back: lib/ is plain TypeScript that never
    // reaches into the app or its components, and components never into app/.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "@/components/*", "**/app/*", "**/components/*"], message: "lib/ never imports from app/ or components/ (imports run app → components → lib)." }] },
      ],
    },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "**/app/*"], message: "components/ never import from app/: move shared actions to lib/actions/<domain>/ (imports run app → components → lib)." }] },
      ],
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
  {
    // Configuration is read in one place, lib/config, and checked at start: elsewhere ask
    // serverConfig(). Scripts, tests and tool configs run outside the app and may read it.
    files: ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.mjs"],
    ignores: [
      "lib/config/**",
      "scripts/**",
      "tests/**",
      "next.config.js",
      "playwright.config.ts",
      "prisma.config.ts",
      "jest.config.mjs",
    ],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through serverConfig() from @/lib/config/server-config." },
      ],
    },
  },
];

export default config;
